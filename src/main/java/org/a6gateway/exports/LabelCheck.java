package org.a6gateway.exports;

/** One Article 6 or CORSIA label on one exported row, and what the authorizations say about it. */
public record LabelCheck(String where, String serial, long quantity, String text, String code, LabelVerdict verdict,
                         String authorizationId) {
}
