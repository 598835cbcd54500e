package org.a6gateway.reconciliation;

import org.a6gateway.itmo.CorrespondingAdjustment;
import org.a6gateway.units.SerialRange;

/** A corresponding adjustment reported in a BTR, on the units its ITMO identifiers embed. */
record NationalAdjustment(Scope scope, CorrespondingAdjustment adjustment, SerialRange units) implements Span {

    @Override
    public String subject() {
        return "adjustment " + adjustment.adjustmentId();
    }

    String describe() {
        return "CA " + adjustment.adjustmentId() + " in the " + adjustment.btrYear() + " BTR of " + adjustment.party()
                + ", " + adjustment.quantity() + " t";
    }
}
