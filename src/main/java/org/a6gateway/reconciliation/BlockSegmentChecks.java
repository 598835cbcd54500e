package org.a6gateway.reconciliation;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStatus;
import org.a6gateway.units.LabelCode;

/** The checks of one private block against the national records and ledger expectations on one segment. */
final class BlockSegmentChecks {

    private final SegmentChecks.Context ctx;
    private final PrivateBlock held;
    private final BlockRecord block;
    private final boolean authorized;
    private final boolean claimed;
    private final Findings findings;

    BlockSegmentChecks(SegmentChecks.Context ctx, PrivateBlock block, Findings findings) {
        this.ctx = ctx;
        this.held = block;
        this.block = block.block();
        this.authorized = block.authorized();
        this.claimed = block.claimed();
        this.findings = findings;
    }

    void run() {
        referenceWithoutPair();
        ledgerExpectations();
        correspondinglyAdjusted();
        doubleClaim();
        revokedButPaired();
        spentButTradable();
        vintage();
        holder();
        unitSize();
    }

    private void add(DiscrepancyType type, String subject, String privateValue, String nationalValue) {
        findings.add(type, ctx.segment().scope(), ctx.segment().units(),
                block.unitSize().multiply(BigDecimal.valueOf(ctx.segment().units().quantity())),
                subject, privateValue, nationalValue);
    }

    private String blockSubject() {
        return "block " + block.blockId();
    }

    private void referenceWithoutPair() {
        var reference = block.itmoReference();
        if (reference != null && ctx.pairs().isEmpty()) {
            add(DiscrepancyType.MISSING_ON_NATIONAL, blockSubject(),
                    "ITMO reference " + reference.firstItmoId() + ".." + reference.lastItmoId(), "no ITMO pair for these units");
        }
    }

    /** What the ledger says the gateway left on these units at the block's registry. */
    private void ledgerExpectations() {
        ctx.segment().of(LedgerExpectation.class).filter(expected -> expected.concerns(block)).forEach(expected -> {
            if (expected.isLabel() && !SegmentChecks.carries(block, LabelCode.valueOf(expected.code()))) {
                add(DiscrepancyType.MISSING_ON_PRIVATE, blockSubject() + " label " + expected.code(),
                        "labels " + SegmentChecks.codes(block), "gateway ledger: label " + expected.code() + " applied and acknowledged");
            } else if (!expected.isLabel() && block.itmoReference() == null) {
                add(DiscrepancyType.MISSING_ON_PRIVATE, blockSubject() + " ITMO reference",
                        "no ITMO reference", "gateway ledger: ITMO reference " + expected.itmoId() + " attached and acknowledged");
            }
        });
    }

    /** Invariant 2: correspondingly adjusted ⇒ authorized ∧ first transferred ∧ CA reported. */
    private void correspondinglyAdjusted() {
        if (!SegmentChecks.carries(block, LabelCode.A6_CORRESPONDINGLY_ADJUSTED)) {
            return;
        }
        boolean transferred = !ctx.pairs().isEmpty();
        boolean reported = !ctx.adjustments().isEmpty();
        if (!(authorized && transferred && reported)) {
            add(DiscrepancyType.CA_OUT_OF_ORDER, blockSubject(), "labelled correspondingly adjusted",
                    "authorized: " + yesNo(authorized) + ", first transferred (ITMO pair): " + yesNo(transferred)
                            + ", CA reported: " + yesNo(reported));
        }
    }

    private void doubleClaim() {
        if (!claimed) {
            return;
        }
        var asItmo = ctx.actions().stream().filter(NationalAction::treatsAsItmo).map(NationalAction::subject);
        var claims = Stream.concat(ctx.pairs().stream().map(NationalPair::subject), asItmo).sorted().toList();
        if (!claims.isEmpty()) {
            add(DiscrepancyType.DOUBLE_CLAIM, blockSubject(), block.status() + SegmentChecks.heldAt(ctx, held)
                    + retired(block.retirement()), String.join(", ", claims));
        }
    }

    private static String retired(BlockRecord.Retirement r) {
        return r == null ? " with no retirement record (a claim)"
                : " on " + r.date() + " for " + r.use() + (r.purpose() == null ? "" : " ('" + r.purpose() + "')");
    }

    private void revokedButPaired() {
        if (block.status() == BlockStatus.REVOKED && !ctx.pairs().isEmpty()) {
            add(DiscrepancyType.REVOKED_STILL_PAIRED, blockSubject(), "revoked by the private registry",
                    ctx.pairs().stream().map(NationalPair::subject).sorted().collect(Collectors.joining(", ")));
        }
    }

    private void spentButTradable() {
        if (!SegmentChecks.active(block)) {
            return;
        }
        ctx.actions().stream().filter(NationalAction::spends).forEach(action ->
                add(DiscrepancyType.STATUS_DRIFT, blockSubject() + " " + action.subject(), block.status().name(), action.describe()));
    }

    private void vintage() {
        var year = block.vintageYearStated();
        ctx.pairs().stream().filter(p -> !year.equals(Optional.of(p.vintage()))).forEach(p ->
                add(DiscrepancyType.VINTAGE_DRIFT, blockSubject() + " " + p.subject(), vintage(year), "vintage " + p.vintage()));
        ctx.actions().forEach(a -> a.vintage().filter(v -> !year.equals(Optional.of(v))).ifPresent(v ->
                add(DiscrepancyType.VINTAGE_DRIFT, blockSubject() + " " + a.subject(), vintage(year), "vintage " + v)));
    }

    private static String vintage(Optional<Integer> year) {
        return year.map(y -> "vintage " + y).orElse("no vintage stated");
    }

    /** The last action that says where the units are held must name the account the private registry shows. */
    private void holder() {
        if (!SegmentChecks.active(block)) {
            return;
        }
        ctx.actions().stream().filter(a -> a.action().holderAccount() != null)
                .max(Comparator.comparing((NationalAction a) -> a.action().date()).thenComparing(a -> a.action().actionId()))
                .filter(a -> !a.action().holderAccount().equals(block.holderAccount()))
                .ifPresent(a -> add(DiscrepancyType.HOLDER_DRIFT, blockSubject() + " " + a.subject(),
                        "held by " + block.holderAccount(), "held by " + a.action().holderAccount() + " after " + a.describe()));
    }

    private void unitSize() {
        if (block.unitSize().compareTo(BigDecimal.ONE) == 0) {
            return;
        }
        // A pair of a declared conversion (units an ITMO x t a unit = 1) and an action stating its
        // t CO2e exactly agree with the block; one counting its units as tonnes does not.
        var itmoRecords = Stream.concat(
                ctx.pairs().stream().filter(p -> !oneTonneAnItmo(p)).map(NationalPair::subject),
                ctx.actions().stream().filter(a -> !statedInTonnes(a)).map(NationalAction::subject)).sorted().toList();
        if (!itmoRecords.isEmpty()) {
            add(DiscrepancyType.UNIT_MISMATCH, blockSubject(), "one unit = " + block.unitSize().stripTrailingZeros().toPlainString()
                    + " t (" + block.unitType() + ")", "one ITMO per unit in " + String.join(", ", itmoRecords));
        }
    }

    private boolean oneTonneAnItmo(NationalPair pair) {
        return block.unitSize().multiply(BigDecimal.valueOf(pair.stored().pair().unitsPerItmo())).compareTo(BigDecimal.ONE) == 0;
    }

    private boolean statedInTonnes(NationalAction action) {
        var tonnes = block.unitSize().multiply(BigDecimal.valueOf(action.units().quantity()));
        return BigDecimal.valueOf(action.action().quantity()).compareTo(tonnes) == 0;
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
