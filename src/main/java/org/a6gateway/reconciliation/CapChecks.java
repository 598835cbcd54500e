package org.a6gateway.reconciliation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.a6gateway.authorization.CapTakeUp;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.units.SerialRange;

/**
 * Invariant 3's cumulative part: the blocks an authorization with a cap labels, taken up in
 * issuance order (first issued, first labelled), stay within it, each unit counted once
 * ({@link CapTakeUp}). Issuance order is by date, which
 * the sweep's serial order is not, so the verdict waits for the last block; until then each
 * labelled block under a cap is kept as a small claim (no labels' texts, no parties), and only
 * blocks under a capped authorization are kept at all.
 */
final class CapChecks {

    /** The same order as {@link org.a6gateway.authorization.LabelPlan#ISSUANCE_ORDER}, on claims. */
    private static final Comparator<Claim> ISSUANCE_ORDER = Comparator
            .comparing(Claim::issuanceDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Claim::issuanceId).thenComparingLong(c -> c.units().start());

    private final Findings findings;
    private final Map<AuthorizationRecord, List<Claim>> claims = new LinkedHashMap<>();

    /** What the verdict needs of a labelled block. */
    private record Claim(LocalDate issuanceDate, String issuanceId, String program, SerialRange units, BigDecimal unitSize,
                         String blockId, Scope scope, List<String> codes) {
    }

    CapChecks(Findings findings) {
        this.findings = findings;
    }

    void claim(AuthorizationRecord authorization, BlockRecord block, Scope scope, List<String> codes) {
        claims.computeIfAbsent(authorization, k -> new ArrayList<>()).add(new Claim(block.issuanceDate(), block.issuanceId(),
                block.program(), block.range(), block.unitSize(), block.blockId(), scope, codes));
    }

    /** Cumulative quantity ≤ cap: the units labelled beyond it, latest issuances, are over the cap. */
    void check() {
        claims.forEach((authorization, labelled) -> {
            var cap = new CapTakeUp(authorization.quantityCap());
            for (Claim claim : labelled.stream().sorted(ISSUANCE_ORDER).toList()) {
                long quantity = claim.units().quantity();
                long within = cap.take(claim.program(), claim.issuanceId(), claim.units(), claim.unitSize())
                        .map(SerialRange::quantity).orElse(0L);
                if (within < quantity) {
                    var over = within == 0 ? claim.units() : claim.units().splitAtQuantity(within).second();
                    findings.add(DiscrepancyType.LABEL_OVER_CAP, claim.scope(), over,
                            claim.unitSize().multiply(BigDecimal.valueOf(over.quantity())),
                            "block " + claim.blockId() + " labels of " + authorization.authorizationId(),
                            "labelled " + claim.codes() + " beyond the cap", AuthorizationIndex.describe(authorization));
                }
            }
        });
    }
}
