package org.a6gateway.itmo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStatus;
import org.a6gateway.units.ItmoIdentifier;
import org.a6gateway.units.ItmoPair;
import org.a6gateway.units.SerialRange;

/**
 * Which ITMO references a private block lacks: for each pair that may be referenced and stands for
 * some of its units, those units, unless the block already names their ITMOs. Units that two
 * pairs claim get none: which ITMO they are is the conflict the reconciliation reports
 * (SERIAL_UNDER_TWO_ITMO_IDS), and writing either would settle it by accident. Revoked units get
 * none: their ITMOs are being withdrawn. Pure.
 */
public final class ReferenceDecisions {

    private ReferenceDecisions() {
    }

    /** A reference the block should carry: the pair's ITMOs for these units of it. */
    public record Wanted(StoredPair pair, SerialRange units) {
    }

    /**
     * {@code pairs}: every confirmed pair standing for some of the block's units, in the order the
     * references are to be decided; {@code attachable}: those whose reference may be written.
     */
    public static List<Wanted> wanted(BlockRecord block, List<StoredPair> pairs, Predicate<StoredPair> attachable) {
        if (block.status() == BlockStatus.REVOKED) {
            return List.of();
        }
        var contested = contested(block.range(), pairs);
        var wanted = new ArrayList<Wanted>();
        for (StoredPair stored : pairs) {
            var held = block.range().intersection(stored.pair().units());
            if (!attachable.test(stored) || held.isEmpty()) {
                continue;
            }
            List<SerialRange> free = List.of(held.get());
            for (SerialRange c : contested) {
                free = free.stream().flatMap(r -> r.subtract(c).stream()).toList();
            }
            // A reference names whole ITMOs only: an ITMO some of whose units lie outside is left unnamed.
            free.stream().flatMap(r -> stored.pair().within(r).stream())
                    .filter(units -> !referenced(block, stored.pair(), units))
                    .forEach(units -> wanted.add(new Wanted(stored, units)));
        }
        return wanted;
    }

    /** The block's units that more than one pair stands for. */
    static List<SerialRange> contested(SerialRange block, List<StoredPair> pairs) {
        var contested = new ArrayList<SerialRange>();
        for (int i = 0; i < pairs.size(); i++) {
            for (int j = i + 1; j < pairs.size(); j++) {
                pairs.get(i).pair().units().intersection(pairs.get(j).pair().units())
                        .flatMap(block::intersection).ifPresent(contested::add);
            }
        }
        return contested;
    }

    /**
     * The block already names, for these units, exactly the pair's ITMOs. A registry that splits a
     * block copies the reference to both parts; each unit's ITMO still reads from it, so that is no change.
     */
    static boolean referenced(BlockRecord block, ItmoPair pair, SerialRange units) {
        var reference = block.itmoReference();
        if (reference == null || reference.firstItmoId() == null || reference.lastItmoId() == null) {
            return false;
        }
        try {
            var last = ItmoIdentifier.parse(reference.lastItmoId());
            var wanted = pair.part(units).itmo();
            var first = reference.itmoOf(units.start(), block.blockStart(), pair.unitsPerItmo());
            return first.equals(wanted.first()) && last.sameSeries(first) && last.serial().compareTo(wanted.last().serial()) >= 0;
        } catch (IllegalArgumentException | ArithmeticException e) {
            return false;
        }
    }
}
