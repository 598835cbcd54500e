package org.a6gateway.exports;

/** A file that cannot be read as the format it claims, as a whole: unknown header set, not CSV, not JSON. */
public class UnreadableExport extends RuntimeException {

    public UnreadableExport(String message) {
        super(message);
    }

    public UnreadableExport(String message, Throwable cause) {
        super(message, cause);
    }
}
