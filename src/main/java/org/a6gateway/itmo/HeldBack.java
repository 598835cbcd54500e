package org.a6gateway.itmo;

/**
 * A decision the gateway did not make, and why: an ITMO identifier not minted or a
 * "correspondingly adjusted" label not set. {@code subject} names the units or the report.
 */
public record HeldBack(Kind kind, String subject, String authorizationId, HeldBackReason reason, String detail) {

    public enum Kind {
        ITMO_ID, CA_FLAG
    }

    public HeldBack {
        detail = detail == null ? reason.text() : detail;
    }
}
