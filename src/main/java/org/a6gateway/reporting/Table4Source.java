package org.a6gateway.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.a6gateway.authorization.AuthorizationCoverage;
import org.a6gateway.authorization.AuthorizationRecord;
import org.a6gateway.authorization.AuthorizationStore;
import org.a6gateway.authorization.FirstTransferDefinition;
import org.a6gateway.authorization.Purpose;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStatus;
import org.a6gateway.blocks.BlockStore;
import org.a6gateway.itmo.FirstTransferAction;
import org.a6gateway.itmo.FirstTransfers;
import org.a6gateway.itmo.NationalRecords;
import org.a6gateway.units.Party;
import org.a6gateway.units.SerialRange;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The units of a Party's authorizations as the gateway holds them: every private block its
 * authorization covers, dated by the gateway's first-transfer rule. Under "first international
 * transfer" a block is cut where the national registry's transfer actions end: the units they
 * name are first transferred on the action's date, the rest is unresolved. Units the registry
 * revoked are no ITMOs and count nowhere; a revoked authorization covers nothing.
 */
@Service
public class Table4Source {

    private final BlockStore blocks;
    private final AuthorizationStore authorizations;
    private final NationalRecords national;

    Table4Source(BlockStore blocks, AuthorizationStore authorizations, NationalRecords national) {
        this.blocks = blocks;
        this.authorizations = authorizations;
        this.national = national;
    }

    @Transactional(readOnly = true)
    public List<ReportedUnits> unitsOf(Party party) {
        var coverage = new AuthorizationCoverage(authorizations.all());
        // Earliest first: where two actions name the same units, the first transfer is the earlier.
        // By authorization: every block scanning every transfer made Table 4 quadratic (minutes at
        // 500,000 blocks and 25,000 transfers), and a block only ever takes its own authorization's.
        var transfers = national.firstTransfers().stream().sorted(Comparator.comparing(FirstTransferAction::date))
                .collect(Collectors.groupingBy(FirstTransferAction::authorizationId));
        var units = new ArrayList<ReportedUnits>();
        blocks.forEach(block -> {
            if (block.status() == BlockStatus.REVOKED) {
                return;
            }
            var match = coverage.match(block);
            if (match.isMatched() && party.alpha3().equals(match.authorization().party())) {
                units.addAll(pieces(block, match.authorization(), transfers.getOrDefault(match.authorization().authorizationId(), List.of())));
            }
        });
        units.sort(Comparator.comparing(ReportedUnits::program).thenComparing(ReportedUnits::issuanceId)
                .thenComparingLong(u -> u.units().start()));
        return units;
    }

    /** The block's pieces; {@code transfers}: its authorization's, earliest first. */
    private static List<ReportedUnits> pieces(BlockRecord block, AuthorizationRecord a, List<FirstTransferAction> transfers) {
        if (a.firstTransferDefinition() != FirstTransferDefinition.FIRST_INTERNATIONAL_TRANSFER) {
            var firstTransfer = FirstTransfers.of(a, block, Optional.empty());
            return List.of(piece(block, a, block.range(), firstTransfer.resolved() ? firstTransfer.year() : null,
                    firstTransfer.resolved() ? null : firstTransfer.unresolved().name()));
        }
        var result = new ArrayList<ReportedUnits>();
        List<SerialRange> left = List.of(block.range());
        for (FirstTransferAction t : transfers) {
            if (t.concerns(block.program(), block.issuanceId(), block.range())) {
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

    private static ReportedUnits piece(BlockRecord b, AuthorizationRecord a, SerialRange units, Integer firstTransferYear,
                                       String unresolved) {
        var tonnes = BigDecimal.valueOf(units.quantity()).multiply(b.unitSize());
        return new ReportedUnits(b.serial(), b.program(), b.issuanceId(), units, b.vintageYear(), tonnes, a.authorizationId(),
                a.purposes().contains(Purpose.NDC), a.firstTransferDefinition(), a.authorizationYear(),
                b.issuanceDate() == null ? null : b.issuanceDate().getYear(), a.publishedOnCarp(), a.quantityCap(), firstTransferYear,
                unresolved);
    }
}
