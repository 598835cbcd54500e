package org.a6gateway.reconciliation;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.a6gateway.authorization.AuthorizationCoverage;
import org.a6gateway.blocks.BlockLabel;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStatus;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.units.LabelCode;
import org.a6gateway.units.SerialRange;

/**
 * Invariant 3 on every "Article 6 authorized" label: an authorization behind it (the one the
 * label names, or, for a label the registry put on by itself, one covering the block), not
 * revoked, allowing the labelled use, with the block inside its timeframe and, across all the
 * blocks it labels in issuance order, within its cap.
 */
final class LabelChecks {

    private final AuthorizationIndex authorizations;
    private final Findings findings;
    private final Function<BlockRecord, Scope> scopeOf;
    private final CapChecks caps;

    LabelChecks(AuthorizationIndex authorizations, Findings findings, Function<BlockRecord, Scope> scopeOf) {
        this.authorizations = authorizations;
        this.findings = findings;
        this.scopeOf = scopeOf;
        this.caps = new CapChecks(findings);
    }

    /**
     * Checks the block's labels and says whether at least one authorized label holds (for
     * invariant 2): the answer travels with the block through the sweep, so nothing here is kept
     * per block but the claims on capped authorizations.
     */
    boolean check(BlockRecord block) {
        if (block.status() == BlockStatus.REVOKED && !block.labels().isEmpty()) {
            report(DiscrepancyType.REVOKED_STILL_LABELLED, block, block.range(), "block " + block.blockId(),
                    "revoked by the private registry, still labelled " + codes(block), "—");
            return false;
        }
        var behind = new LinkedHashSet<AuthorizationRecord>();
        block.labels().stream().filter(l -> !LabelCode.A6_CORRESPONDINGLY_ADJUSTED.name().equals(l.code()))
                .forEach(label -> judge(block, label).ifPresent(behind::add));
        behind.stream().filter(a -> a.quantityCap() != null).forEach(a -> caps.claim(a, block, scopeOf.apply(block), codes(block)));
        behind.stream().filter(LabelChecks::otherMetric).forEach(a -> report(DiscrepancyType.UNIT_MISMATCH, block, block.range(),
                "block " + block.blockId() + " labels of " + a.authorizationId(), "credits of " + block.unitSize().stripTrailingZeros()
                        .toPlainString() + " t CO2e a unit, labelled " + codes(block),
                AuthorizationIndex.describe(a) + " in metric " + a.metric() + (a.nonGhgMetric() == null ? "" : " (" + a.nonGhgMetric() + ")")));
        return !behind.isEmpty();
    }

    /** Credits count t CO2e; an authorization in another metric needs a declared conversion before its units are labelled. */
    private static boolean otherMetric(AuthorizationRecord a) {
        return a.metric() != null && !a.metric().equalsIgnoreCase("GHG");
    }

    /** After the last block: the caps, which need every block an authorization labels. */
    void checkCaps() {
        caps.check();
    }

    private Optional<AuthorizationRecord> judge(BlockRecord block, BlockLabel label) {
        var candidates = label.authorizationId() == null ? authorizations.covering(block)
                : authorizations.byId(label.authorizationId())
                        .filter(a -> a.covers(block.program(), block.projectId(), block.hostCountry())).stream().toList();
        var active = candidates.stream().filter(a -> !AuthorizationIndex.revoked(a)).toList();
        var allowing = active.stream().filter(a -> AuthorizationIndex.allows(a, label.code())).toList();
        var inTime = allowing.stream().filter(a -> AuthorizationCoverage.timeframeInside(block, a)).toList();
        if (!inTime.isEmpty()) {
            return Optional.of(inTime.get(0));
        }
        if (candidates.isEmpty()) {
            reportLabel(DiscrepancyType.LABEL_WITHOUT_AUTHORIZATION, block, label, nothingBehind(block, label));
        } else if (active.isEmpty()) {
            reportLabel(DiscrepancyType.REVOKED_STILL_LABELLED, block, label, AuthorizationIndex.describe(candidates.get(0)));
        } else if (allowing.isEmpty()) {
            reportLabel(DiscrepancyType.LABEL_OUTSIDE_PURPOSES, block, label, AuthorizationIndex.describe(active.get(0)));
        } else {
            reportLabel(DiscrepancyType.LABEL_OUTSIDE_TIMEFRAME, block, label, AuthorizationIndex.describe(allowing.get(0)));
        }
        return Optional.empty();
    }

    private String nothingBehind(BlockRecord block, BlockLabel label) {
        if (label.authorizationId() == null) {
            return "no authorization covers " + block.program() + " project " + block.projectId() + " in " + block.hostCountry();
        }
        return authorizations.byId(label.authorizationId())
                .map(a -> AuthorizationIndex.describe(a) + ", which does not cover " + block.program() + " project " + block.projectId())
                .orElse("no authorization " + label.authorizationId());
    }

    private void reportLabel(DiscrepancyType type, BlockRecord block, BlockLabel label, String national) {
        String named = label.authorizationId() == null ? "" : " for authorization " + label.authorizationId();
        report(type, block, block.range(), "block " + block.blockId() + " label " + label.code(),
                "label '" + label.text() + "'" + named + ", vintage " + block.vintageYear()
                        + (block.vintageStart() == null ? "" : " (" + block.vintageStart() + "–" + block.vintageEnd() + ")"),
                national);
    }

    private void report(DiscrepancyType type, BlockRecord block, SerialRange units, String subject, String privateValue,
                        String nationalValue) {
        findings.add(type, scopeOf.apply(block), units, block.unitSize().multiply(BigDecimal.valueOf(units.quantity())),
                subject, privateValue, nationalValue);
    }

    private static List<String> codes(BlockRecord block) {
        return block.labels().stream().map(BlockLabel::code).toList();
    }
}
