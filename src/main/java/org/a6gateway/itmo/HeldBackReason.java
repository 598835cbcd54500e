package org.a6gateway.itmo;

import org.a6gateway.authorization.LabelPlan;

/**
 * Why the gateway did not mint an ITMO identifier or set a "correspondingly adjusted" label.
 * Each is a record the operator sees in the sync summary and the reconciliation, never a label.
 */
public enum HeldBackReason {
    NO_COOPERATIVE_APPROACH("the authorization has no cooperative approach id, which every ITMO identifier begins with"),
    NO_FIRST_INTERNATIONAL_TRANSFER("no first international transfer recorded for these units"),
    NOT_YET_USED("not yet used or cancelled"),
    ISSUANCE_DATE_UNKNOWN("the block's issuance date is unknown"),
    VOLUNTARY_CLAIM("retired or cancelled for a claim, not for a use the authorization allows"),
    LABEL_OUTSIDE_PURPOSES("the units carry a label for a use the authorization does not allow"),
    VINTAGE_UNKNOWN("the block states neither its vintage year nor its vintage dates"),
    OUTSIDE_TIMEFRAME("the units' vintage lies outside the authorization's timeframe"),
    OVER_CAP("the units lie beyond the authorization's quantity cap"),
    REVOKED("the units were revoked by the private registry"),
    UNIT_NOT_ONE_TONNE("a serial unit is not one tonne and no conversion to ITMOs is declared"),
    CONVERSION_DISAGREES("the declared conversion to ITMOs does not make one tonne of the block's units"),
    REMAINDER_BELOW_ONE_TONNE("the units left over make less than one ITMO of one tonne: kept as they are, never rounded"),
    OUTSIDE_SERIAL_SCHEME("the units cannot be embedded in an ITMO serial"),
    INVALID_REPORT("the corresponding adjustment names no valid ITMO block"),
    NO_ITMO_PAIR("no ITMO identifier the gateway minted stands for these ITMOs"),
    NOT_FIRST_TRANSFERRED("the national registry has not confirmed the first transfer of these ITMOs"),
    NOT_AUTHORIZED("the units carry no authorized label of an active authorization"),
    PARTY_MISMATCH("the adjusting Party is not the authorizing Party"),
    LABELS_UNSETTLED("the units' authorized labels do not yet match their authorization"),
    UNITS_NOT_HELD("the private registry holds no block for these units"),
    CONTESTED_UNITS("another ITMO pair stands for these units too: which ITMO they are is not settled");

    private final String text;

    HeldBackReason(String text) {
        this.text = text;
    }

    /** Why units an authorization does not label may not be minted or adjusted under it. */
    static HeldBackReason of(LabelPlan.Unlabelled why) {
        return switch (why) {
            case VINTAGE_UNKNOWN -> VINTAGE_UNKNOWN;
            case OUTSIDE_TIMEFRAME -> OUTSIDE_TIMEFRAME;
            case OVER_CAP -> OVER_CAP;
            case BLOCK_REVOKED -> REVOKED;
            case AUTHORIZATION_REVOKED -> NOT_AUTHORIZED;
        };
    }

    public String text() {
        return text;
    }
}
