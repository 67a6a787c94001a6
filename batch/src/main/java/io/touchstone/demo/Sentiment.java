package io.touchstone.demo;

/** The tone of a customer's comment, which {@link CommentComposer} writes to. */
enum Sentiment {
    PRAISE,
    MIXED,
    COMPLAINT
}
