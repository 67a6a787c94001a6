package io.touchstone.delivery;

import java.util.List;

/**
 * A message ready to go: plain text and HTML of the same content, and the files it attaches
 * (those of its parcel marked attached; the others are links in the text).
 */
record OutgoingMail(List<String> to, String subject, String plain, String html, List<ParcelFile> attachments) {

    OutgoingMail {
        to = List.copyOf(to);
        attachments = List.copyOf(attachments);
    }
}
