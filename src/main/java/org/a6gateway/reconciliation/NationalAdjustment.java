package org.a6gateway.reconciliation;

import java.math.BigInteger;
import org.a6gateway.itmo.CorrespondingAdjustment;
import org.a6gateway.units.ItmoIdentifier;
import org.a6gateway.units.SerialRange;

/** A corresponding adjustment reported in a BTR, on units its ITMOs stand for (all of them, or those of one pair). */
record NationalAdjustment(Scope scope, CorrespondingAdjustment adjustment, SerialRange units) implements Span {

    /** The span stands for every ITMO the adjustment names, so the quantity it states is this span's. */
    boolean whole() {
        try {
            var count = ItmoIdentifier.parse(adjustment.lastItmoId()).serial()
                    .subtract(ItmoIdentifier.parse(adjustment.firstItmoId()).serial()).add(BigInteger.ONE);
            return count.equals(BigInteger.valueOf(units.quantity()));
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
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
