package org.newsgraph.index;

/** A query or parameter the user got wrong (syntax, range): a 400, never a 500. */
public class BadQueryException extends IllegalArgumentException {
    public BadQueryException(String message) {
        super(message);
    }

    public BadQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
