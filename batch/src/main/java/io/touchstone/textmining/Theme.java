package io.touchstone.textmining;

/** A theme of the taxonomy: a stable code, a label, its category and its Lucene query text. */
public record Theme(String code, String label, String category, String query) {
}
