package io.touchstone.textmining;

import java.time.OffsetDateTime;

/** One text to mine: a survey comment, a post or an employee remark, with what the index keeps beside it. */
record MinedText(String feed, String id, OffsetDateTime at, String brand, String region, String touchpoint,
        String language, Short nps, String text) {
}
