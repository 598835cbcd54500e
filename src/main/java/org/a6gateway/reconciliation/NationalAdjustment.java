package org.a6gateway.reconciliation;

import org.a6gateway.nationalrecords.CorrespondingAdjustment;
import org.a6gateway.units.SerialRange;

/** A corresponding adjustment reported in a BTR, on units its ITMOs stand for (all of them, or those of one pair). */
record NationalAdjustment(Scope scope, CorrespondingAdjustment adjustment, SerialRange units) implements Span {

    /** The span stands for every ITMO the adjustment names, so the quantity it states is this span's. */
    boolean whole() {
        return adjustment.itmos().map(itmos -> itmos.quantity() == units.quantity()).orElse(false);
    }

    @Override
    public String subject() {
        return "adjustment " + adjustment.adjustmentId();
    }

    String describe() {
        return "CA " + adjustment.adjustmentId() + " in the " + adjustment.btrYear() + " BTR of " + adjustment.party()
                + ", " + adjustment.quantity() + " t";
    }
}
