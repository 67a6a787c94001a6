package io.touchstone.textmining;

/** A taxonomy that cannot be used, with what is wrong and where (the theme code). */
public final class TaxonomyException extends RuntimeException {

    public TaxonomyException(String message) {
        super(message);
    }

    public TaxonomyException(String message, Throwable cause) {
        super(message, cause);
    }
}
