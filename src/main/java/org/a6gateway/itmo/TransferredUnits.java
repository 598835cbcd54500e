package org.a6gateway.itmo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.FirstTransferAction;
import org.a6gateway.nationalrecords.FirstTransferDefinition;
import org.a6gateway.units.SerialRange;

/** The units of a block that count as first transferred, and when the first of them was. */
record TransferredUnits(List<SerialRange> ranges, Optional<LocalDate> firstDate) {

    /**
     * Which units count as first transferred: all of them, except under "first international
     * transfer", where only the units a recorded transfer action names do.
     */
    static TransferredUnits of(AuthorizationRecord authorization, BlockRecord block, SerialRange whole,
                               List<FirstTransferAction> actions) {
        if (authorization.firstTransferDefinition() != FirstTransferDefinition.FIRST_INTERNATIONAL_TRANSFER) {
            return new TransferredUnits(List.of(whole), Optional.empty());
        }
        var recorded = actions.stream()
                .filter(a -> a.authorizationId().equals(authorization.authorizationId())
                        && a.concerns(block.program(), block.issuanceId(), whole))
                .toList();
        var ranges = recorded.stream().map(a -> a.units().intersection(whole).orElseThrow())
                .sorted(Comparator.comparingLong(SerialRange::start)).toList();
        return new TransferredUnits(ranges, recorded.stream().map(FirstTransferAction::date).min(Comparator.naturalOrder()));
    }

    /** Actions may name overlapping units; count each unit once. */
    TransferredUnits {
        var disjoint = new ArrayList<SerialRange>();
        for (SerialRange r : ranges) {
            var last = disjoint.isEmpty() ? null : disjoint.get(disjoint.size() - 1);
            if (last != null && r.start() <= last.end() + 1) {
                disjoint.set(disjoint.size() - 1, SerialRange.of(last.start(), Math.max(last.end(), r.end())));
            } else {
                disjoint.add(r);
            }
        }
        ranges = List.copyOf(disjoint);
    }

    List<SerialRange> within(SerialRange range) {
        return ranges.stream().flatMap(r -> r.intersection(range).stream()).toList();
    }

    List<SerialRange> outside(SerialRange range) {
        List<SerialRange> left = List.of(range);
        for (SerialRange r : ranges) {
            left = left.stream().flatMap(l -> l.subtract(r).stream()).toList();
        }
        return left;
    }
}
