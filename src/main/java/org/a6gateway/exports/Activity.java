package org.a6gateway.exports;

/** What an exported row says happened to its block. */
public enum Activity {
    ISSUED,
    RETIRED,
    CANCELLED,
    /**
     * Retired or cancelled: Verra's old view (one "Retirement/Cancellation Date" column, until
     * 2026-07-27) does not say which, and the gateway does not guess.
     */
    RETIRED_OR_CANCELLED,
    /** Cancelled in the private registry to move to a national registry (Gold Standard's note says so). */
    TRANSFERRED_TO_NATIONAL_REGISTRY
}
