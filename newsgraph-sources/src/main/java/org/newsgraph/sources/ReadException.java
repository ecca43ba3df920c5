package org.newsgraph.sources;

/** An input item cannot be read; the message is one line naming the cause (not the input). */
public class ReadException extends Exception {
    public ReadException(String cause) {
        super(cause);
    }

    public ReadException(String cause, Throwable t) {
        super(cause, t);
    }
}
