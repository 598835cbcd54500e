package org.a6gateway.quarantine;

/** Why a record was refused, by kind; the refusal's detail names the field and the value. */
public enum QuarantineReason {
    /** Not a JSON object, or a page that cannot be read at all. */
    MALFORMED_RECORD,
    MISSING_FIELD,
    /** A JSON type other than the contract's: a string where a number belongs, a fraction where an integer does. */
    WRONG_TYPE,
    OVERLONG_VALUE,
    /** Look-alike (non-ASCII) characters in an identifier, or invisible and bidirectional controls anywhere. */
    SPOOFED_CHARACTER,
    MALFORMED_SERIAL,
    /** Inverted, zero-length or negative serial ranges. */
    INVALID_RANGE,
    /** Zero, negative or overflowing quantities, or one that disagrees with its range. */
    INVALID_QUANTITY,
    UNKNOWN_PARTY,
    VINTAGE_OUT_OF_RANGE,
    /** The same record id twice in one page with different contents: neither can be trusted. */
    DUPLICATE_ID,
    INVALID_VALUE,
    /** A whole page refused (too large, too deeply nested, not JSON): the sync stops on it. */
    PAGE_REFUSED,
    /** A block a registry read whole listed before and lists no more, its units under no other id: taken out of the store, kept here. */
    NO_LONGER_LISTED
}
