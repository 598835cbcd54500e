package org.a6gateway.authorization;

/** Why a private block has no authorization behind it. */
public enum UnmatchedReason {
    /** No authorization names the block's project and host country. */
    NO_AUTHORIZATION,
    /** The authorizations naming the project were revoked. */
    AUTHORIZATION_REVOKED,
    /** The block says neither its vintage year nor its vintage dates. */
    VINTAGE_UNKNOWN,
    /** The block's vintage lies outside the authorized vintages. */
    VINTAGE_OUTSIDE_AUTHORIZATION,
    /** The mitigation period of the block lies outside the authorized timeframe. */
    MITIGATION_OUTSIDE_TIMEFRAME
}
