package org.a6gateway.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.a6gateway.authorization.AuthorizationCoverage;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStatus;
import org.a6gateway.blocks.UnitsCountedOnce;
import org.a6gateway.itmo.FirstTransfers;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.FirstTransferAction;
import org.a6gateway.nationalrecords.FirstTransferDefinition;
import org.a6gateway.units.Party;
import org.a6gateway.units.Purpose;
import org.a6gateway.units.SerialRange;

/**
 * The units of a Party's authorizations, from every private block its authorization covers, dated
 * by the gateway's first-transfer rule. Under "first international transfer" a block is cut where
 * the national registry's transfer actions end: the units they name are first transferred on the
 * action's date, the rest is unresolved. Units the registry revoked count nowhere; a revoked
 * authorization covers nothing.
 *
 * <p>Each unit is reported once, whatever block ids the private registry sent it under: blocks come
 * in serial order ({@link UnitsCountedOnce}), and units two blocks hold are the first block's, so
 * its authorization, vintage and first transfer date them; the other block reports only the units
 * it alone holds. Pure: fed the blocks one at a time, it holds only what it reports.
 */
public final class Table4Units {

    private final Party party;
    private final AuthorizationCoverage coverage;
    private final Map<String, List<FirstTransferAction>> transfers;
    private final UnitsCountedOnce once = new UnitsCountedOnce();
    private final List<ReportedUnits> units = new ArrayList<>();

    public Table4Units(Party party, Collection<AuthorizationRecord> authorizations, Collection<FirstTransferAction> firstTransfers) {
        this.party = party;
        this.coverage = new AuthorizationCoverage(authorizations);
        // Earliest first: where two actions name the same units, the first transfer is the earlier.
        // By authorization: every block scanning every transfer made Table 4 quadratic (minutes at
        // 500,000 blocks and 25,000 transfers), and a block only ever takes its own authorization's.
        this.transfers = firstTransfers.stream().sorted(Comparator.comparing(FirstTransferAction::date))
                .collect(Collectors.groupingBy(FirstTransferAction::authorizationId));
    }

    /** The next block in serial order (each scope's blocks by first unit). */
    public void add(BlockRecord block) {
        // Units the registry revoked are no ITMOs: a revoked block reports nothing and takes no units.
        if (block.status() == BlockStatus.REVOKED) {
            return;
        }
        var counted = once.counted(block);
        if (counted.isEmpty()) {
            return;
        }
        var match = coverage.match(block);
        if (match.isMatched() && party.alpha3().equals(match.authorization().party())) {
            var a = match.authorization();
            units.addAll(pieces(block, counted.get(), a, transfers.getOrDefault(a.authorizationId(), List.of())));
        }
    }

    /** What the blocks added so far report, by program, issuance and first unit. */
    public List<ReportedUnits> units() {
        var sorted = new ArrayList<>(units);
        sorted.sort(Comparator.comparing(ReportedUnits::program).thenComparing(ReportedUnits::issuanceId)
                .thenComparingLong(u -> u.units().start()));
        return sorted;
    }

    /** The pieces of the block's {@code counted} units; {@code transfers}: its authorization's, earliest first. */
    private static List<ReportedUnits> pieces(BlockRecord block, SerialRange counted, AuthorizationRecord a,
                                              List<FirstTransferAction> transfers) {
        if (a.firstTransferDefinition() != FirstTransferDefinition.FIRST_INTERNATIONAL_TRANSFER) {
            var firstTransfer = FirstTransfers.of(a, block, Optional.empty());
            return List.of(piece(block, a, counted, firstTransfer.resolved() ? firstTransfer.year() : null,
                    firstTransfer.resolved() ? null : firstTransfer.unresolved().name()));
        }
        var result = new ArrayList<ReportedUnits>();
        List<SerialRange> left = List.of(counted);
        for (FirstTransferAction t : transfers) {
            if (t.concerns(block.program(), block.issuanceId(), counted)) {
                // Only units no earlier action named: two actions on the same units count them once.
                for (SerialRange r : left) {
                    t.units().intersection(r).ifPresent(part -> result.add(piece(block, a, part, t.date().getYear(), null)));
                }
                left = left.stream().flatMap(r -> r.subtract(t.units()).stream()).toList();
            }
        }
        left.forEach(r -> result.add(piece(block, a, r, null, "NO_FIRST_INTERNATIONAL_TRANSFER")));
        return result;
    }

    /**
     * The vintage year the block states, or the one its vintage dates end in when they span two
     * years: a block its authorization covers always carries a vintage period (an unknown one is
     * never inside a timeframe), but not always a year.
     */
    private static int vintage(BlockRecord b) {
        return b.vintageYearStated().orElseGet(() -> b.vintagePeriod().orElseThrow().end().getYear());
    }

    private static ReportedUnits piece(BlockRecord b, AuthorizationRecord a, SerialRange units, Integer firstTransferYear,
                                       String unresolved) {
        var tonnes = BigDecimal.valueOf(units.quantity()).multiply(b.unitSize());
        return new ReportedUnits(b.serial(), b.program(), b.issuanceId(), units, vintage(b), tonnes, a.authorizationId(),
                a.purposes().contains(Purpose.NDC), a.firstTransferDefinition(), a.authorizationYear(),
                b.issuanceDate() == null ? null : b.issuanceDate().getYear(), a.publishedOnCarp(), a.quantityCap(), firstTransferYear,
                unresolved);
    }
}
