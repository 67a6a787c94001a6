package io.touchstone.textmining;

/** Scores a sentence or text from −1 (very negative) to 1 (very positive); 0 is neutral. */
@FunctionalInterface
public interface TextSentiment {

    double score(String text);
}
