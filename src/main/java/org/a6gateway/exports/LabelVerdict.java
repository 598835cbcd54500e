package org.a6gateway.exports;

/** What the national authorizations say about one label found in an export. */
public enum LabelVerdict {
    /** An active authorization covers the block, its vintage and period, and allows the labelled use. */
    MATCHES_AUTHORIZATION,
    NO_AUTHORIZATION,
    AUTHORIZATION_REVOKED,
    VINTAGE_OUTSIDE_AUTHORIZATION,
    MITIGATION_OUTSIDE_TIMEFRAME,
    /** An authorization covers the block but not the use the label states. */
    PURPOSE_NOT_AUTHORIZED,
    /** Written like an Article 6 or CORSIA label, but not in the registry's label table: check the table. */
    NOT_IN_LABEL_TABLE,
    /** A CORSIA eligibility label: read and kept, not an Article 6 authorization to compare. */
    CORSIA_NOT_COMPARED
}
