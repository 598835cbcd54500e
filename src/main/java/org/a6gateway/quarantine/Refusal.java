package org.a6gateway.quarantine;

/** One refused record as read: its id when one could be read, why, and its raw JSON text. */
public record Refusal(String recordId, QuarantineReason reason, String detail, String raw) {

    public static Refusal of(String recordId, RecordRefused refused, String raw) {
        return new Refusal(recordId, refused.reason(), refused.detail(), raw);
    }
}
