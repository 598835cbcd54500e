package org.a6gateway.sync;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.a6gateway.blocks.BlockQuery;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStore;
import org.a6gateway.blocks.BlockStore.Issuance;
import org.a6gateway.blocks.UnitsCountedOnce;
import org.a6gateway.reconciliation.DiscrepancyFilter;
import org.a6gateway.reconciliation.DiscrepancyType;
import org.a6gateway.reconciliation.Reconciliations;
import org.springframework.stereotype.Service;

/**
 * What the store's group sums count twice: the blocks holding units an earlier block of their
 * scope already holds ({@link UnitsCountedOnce}), each with the t CO2e of those units. The sums
 * are kept per provenance as pages are stored, and cannot see that two block ids hold the same
 * units; reading every block to find out would cost the summary a pass over the whole store. The
 * reconciliation's sweep already finds such units (OVERLAPPING_SERIALS), comparing again each
 * scope whose blocks changed, so only the scopes its latest run found them in are read here, in
 * serial order: a handful of issuances, through their index. Units under two blocks stored since
 * that run count twice until the next reconciliation, which every sync runs before its summary.
 */
@Service
class CountedAgain {

    private static final DiscrepancyFilter HELD_TWICE = new DiscrepancyFilter(DiscrepancyType.OVERLAPPING_SERIALS, null, null, null);

    private final BlockStore blocks;
    private final Reconciliations reconciliations;

    CountedAgain(BlockStore blocks, Reconciliations reconciliations) {
        this.blocks = blocks;
        this.reconciliations = reconciliations;
    }

    /** Each block holding units counted before, with their t CO2e; the owning block (the first in serial order) is not given. */
    void forEach(BiConsumer<BlockRecord, BigDecimal> action) {
        var issuances = new HashSet<Issuance>();
        var programs = new TreeSet<String>();
        reconciliations.forEach(HELD_TWICE, found -> {
            var d = found.discrepancy();
            if (d.issuance() == null || BlockQuery.NUMBERED_ACROSS_ISSUANCES.contains(d.registry())) {
                programs.add(d.registry());
            } else {
                issuances.add(new Issuance(d.registry(), d.issuance()));
            }
        });
        if (issuances.isEmpty() && programs.isEmpty()) {
            return;
        }
        issuances.addAll(zeroPadded(issuances));
        var once = new UnitsCountedOnce();
        BiConsumer<BlockRecord, BigDecimal> counted = (block, tonnes) -> {
            if (tonnes.signum() > 0) {
                action.accept(block, tonnes);
            }
        };
        blocks.forEachOfIssuances(issuances, block -> counted.accept(block, once.countedBefore(block)));
        programs.forEach(program -> blocks.forEachOfProgramInSerialOrder(program, block -> counted.accept(block, once.countedBefore(block))));
    }

    /** The reconciliation names issuance 0123 as 123 (as ITMO serials embed it): the stored ids that read so. */
    private Set<Issuance> zeroPadded(Set<Issuance> named) {
        var found = new HashSet<Issuance>();
        for (Issuance padded : blocks.zeroPaddedIssuances()) {
            var unpadded = new Issuance(padded.program(), padded.issuanceId().replaceFirst("^0+(?=.)", ""));
            if (named.contains(unpadded)) {
                found.add(padded);
            }
        }
        return found;
    }
}
