package org.a6gateway.reconciliation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.a6gateway.itmo.PairsBySeries;
import org.a6gateway.itmo.StoredPair;
import org.a6gateway.nationalrecords.CorrespondingAdjustment;
import org.a6gateway.units.ItmoSerials;
import org.a6gateway.units.SerialRange;

/**
 * Where a BTR adjustment's ITMOs lie on private units: through the ITMO pairs that hold them,
 * whatever numbering the national registry gives its ITMOs, and, for ITMOs no pair holds, through
 * the unit serial the gateway's own numbering embeds. ITMOs that neither places are reported by
 * the reconciler, never dropped.
 */
final class AdjustmentPlacement {

    private final PairsBySeries pairs;
    private final BiFunction<String, String, Scope> scope;

    AdjustmentPlacement(PairsBySeries pairs, BiFunction<String, String, Scope> scope) {
        this.pairs = pairs;
        this.scope = scope;
    }

    /** The adjustment's spans on private units, and whether they hold all of its ITMOs. */
    record Placed(List<NationalAdjustment> spans, boolean wholly) {
    }

    Placed place(CorrespondingAdjustment adjustment) {
        var named = adjustment.itmos();
        if (named.isEmpty()) {
            return new Placed(List.of(), false);
        }
        var first = named.get().first();
        var last = named.get().last();
        var spans = new ArrayList<NationalAdjustment>();
        boolean wholly = true;
        var next = first.serial();
        for (StoredPair stored : pairs.overlapping(first, last)) {
            var pair = stored.pair();
            var from = next.max(pair.itmo().first().serial());
            var to = last.serial().min(pair.itmo().last().serial());
            if (to.compareTo(from) < 0) {
                continue;
            }
            if (from.compareTo(next) > 0) {
                wholly &= embedded(adjustment, next, from.subtract(BigInteger.ONE), spans);
            }
            spans.add(new NationalAdjustment(scope.apply(pair.underlyingRegistry(), pair.issuance()), adjustment,
                    pair.unitsOf(from, to)));
            next = to.add(BigInteger.ONE);
        }
        if (next.compareTo(last.serial()) <= 0) {
            wholly &= embedded(adjustment, next, last.serial(), spans);
        }
        return new Placed(spans, wholly && !spans.isEmpty());
    }

    /** ITMOs no pair holds, placed on the units their serials embed when they are of the gateway's numbering. */
    private boolean embedded(CorrespondingAdjustment adjustment, BigInteger from, BigInteger to, List<NationalAdjustment> spans) {
        var first = ItmoSerials.underlyingUnit(from);
        var last = ItmoSerials.underlyingUnit(to);
        if (first.isEmpty() || last.isEmpty() || !first.get().registry().equals(last.get().registry())
                || !first.get().issuance().equals(last.get().issuance()) || first.get().serial() > last.get().serial()) {
            return false;
        }
        spans.add(new NationalAdjustment(scope.apply(first.get().registry(), first.get().issuance()), adjustment,
                SerialRange.of(first.get().serial(), last.get().serial())));
        return true;
    }
}
