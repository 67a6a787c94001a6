package io.touchstone.benchmark;

import io.touchstone.system.Decimals;
import java.math.BigDecimal;

/** One brand's posts in a period and how many of them are positive and negative, as the database counted them. */
record PostTally(String brand, long posts, long positive, long negative) {

    /** 100 × the brand's posts / all brands' posts. */
    BigDecimal shareOfVoice(long allPosts) {
        return Decimals.fourPlaces(100.0 * posts / allPosts);
    }

    /** 100 × (positive − negative posts) / posts. */
    BigDecimal netSentiment() {
        return Decimals.fourPlaces(100.0 * (positive - negative) / posts);
    }
}
