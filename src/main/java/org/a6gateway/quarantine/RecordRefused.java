package org.a6gateway.quarantine;

/** Thrown while reading one record that the gateway will not ingest; the page goes on without it. */
public class RecordRefused extends RuntimeException {

    private final QuarantineReason reason;

    public RecordRefused(QuarantineReason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public QuarantineReason reason() {
        return reason;
    }

    public String detail() {
        return getMessage();
    }
}
