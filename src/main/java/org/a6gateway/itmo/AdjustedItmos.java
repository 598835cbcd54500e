package org.a6gateway.itmo;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.a6gateway.nationalrecords.CorrespondingAdjustment;
import org.a6gateway.units.ItmoBlock;

/** Which reported corresponding adjustments touch an ITMO block, and how many of its ITMOs they cover together. */
final class AdjustedItmos {

    private AdjustedItmos() {
    }

    static ItmoDetails.Adjusted of(ItmoBlock block, List<CorrespondingAdjustment> reported) {
        var touching = new ArrayList<CorrespondingAdjustment>();
        var covered = new ArrayList<BigInteger[]>();
        for (CorrespondingAdjustment adjustment : reported) {
            overlap(block, adjustment).ifPresent(range -> {
                touching.add(adjustment);
                covered.add(range);
            });
        }
        return new ItmoDetails.Adjusted(touching, union(covered));
    }

    /** The ITMO serials the adjustment and the block share; none when the adjustment names another series or ids that do not read. */
    private static Optional<BigInteger[]> overlap(ItmoBlock block, CorrespondingAdjustment adjustment) {
        // The reconciliation reports adjustments whose ids do not read; here they simply adjust nothing.
        var named = adjustment.itmos();
        if (named.isEmpty() || !named.get().first().sameSeries(block.first())) {
            return Optional.empty();
        }
        var first = named.get().first();
        var last = named.get().last();
        var from = first.serial().max(block.first().serial());
        var to = last.serial().min(block.last().serial());
        return from.compareTo(to) <= 0 ? Optional.of(new BigInteger[] {from, to}) : Optional.empty();
    }

    /** Two adjustments may name the same ITMOs (a double claim): count each ITMO once. */
    private static long union(List<BigInteger[]> ranges) {
        ranges.sort(Comparator.comparing(r -> r[0]));
        var total = BigInteger.ZERO;
        BigInteger[] open = null;
        for (BigInteger[] range : ranges) {
            if (open != null && range[0].compareTo(open[1].add(BigInteger.ONE)) <= 0) {
                open[1] = open[1].max(range[1]);
                continue;
            }
            total = total.add(size(open));
            open = new BigInteger[] {range[0], range[1]};
        }
        return total.add(size(open)).longValueExact();
    }

    private static BigInteger size(BigInteger[] range) {
        return range == null ? BigInteger.ZERO : range[1].subtract(range[0]).add(BigInteger.ONE);
    }
}
