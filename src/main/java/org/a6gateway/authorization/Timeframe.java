package org.a6gateway.authorization;

import org.a6gateway.blocks.Provenance;
import org.a6gateway.nationalrecords.AuthorizationRecord;

/**
 * Whether a block's vintage lies inside what an authorization covers, judged on what the block
 * carries ({@link Provenance#vintagePeriod()}): all of the period must lie inside the authorized
 * vintage years and mitigation dates. A block that says no vintage is never inside: a field left
 * out never widens an authorization.
 */
public enum Timeframe {
    INSIDE,
    VINTAGE_UNKNOWN,
    OUTSIDE_VINTAGES,
    OUTSIDE_MITIGATION;

    public static Timeframe of(Provenance block, AuthorizationRecord a) {
        var period = block.vintagePeriod();
        if (period.isEmpty()) {
            return VINTAGE_UNKNOWN;
        }
        var start = period.get().start();
        var end = period.get().end();
        if ((a.vintageFrom() != null && start.getYear() < a.vintageFrom())
                || (a.vintageTo() != null && end.getYear() > a.vintageTo())) {
            return OUTSIDE_VINTAGES;
        }
        if ((a.mitigationFrom() != null && start.isBefore(a.mitigationFrom()))
                || (a.mitigationTo() != null && end.isAfter(a.mitigationTo()))) {
            return OUTSIDE_MITIGATION;
        }
        return INSIDE;
    }

    public boolean inside() {
        return this == INSIDE;
    }
}
