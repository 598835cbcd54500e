package org.a6gateway.itmo;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.a6gateway.authorization.AuthorizedUses;
import org.a6gateway.authorization.LabelDecisions;
import org.a6gateway.authorization.LabelPlan;
import org.a6gateway.authorization.LabelPlan.Planned;
import org.a6gateway.units.LabelVocabulary;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.itmo.HeldBack.Kind;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStatus;
import org.a6gateway.nationalrecords.CorrespondingAdjustment;
import org.a6gateway.outbox.LabelCommand;
import org.a6gateway.units.ItmoIdentifier;
import org.a6gateway.units.LabelCode;
import org.a6gateway.units.SerialRange;

/**
 * Decides the "correspondingly adjusted" labels one BTR adjustment puts on private units. A label
 * goes only on units for which invariants 2 and 3 hold, checked on the
 * registries' confirmed state: the units carry an authorized label of an active authorization of
 * the adjusting Party, that label agrees with the authorization as it stands, the national
 * registry confirmed the ITMO pair (the first transfer), and the adjustment names them. Every
 * other unit of the report is held back with its reason. Pure.
 */
public final class AdjustmentDecisions {

    private final Function<String, LabelVocabulary> vocabularyOfProgram;
    private final LabelDecisions labels;

    public AdjustmentDecisions(Function<String, LabelVocabulary> vocabularyOfProgram) {
        this.vocabularyOfProgram = vocabularyOfProgram;
        this.labels = new LabelDecisions(vocabularyOfProgram);
    }

    /** {@code blocksOf}: the stored blocks of the projects an authorization covers. */
    public Decisions decide(CorrespondingAdjustment report, PairsBySeries pairs,
                            Map<String, AuthorizationRecord> authorizations,
                            Function<AuthorizationRecord, List<BlockRecord>> blocksOf) {
        var decisions = new Decisions(new ArrayList<>(), new ArrayList<>());
        ItmoIdentifier first;
        ItmoIdentifier last;
        try {
            first = ItmoIdentifier.parse(report.firstItmoId());
            last = ItmoIdentifier.parse(report.lastItmoId());
        } catch (IllegalArgumentException e) {
            decisions.hold(report, null, HeldBackReason.INVALID_REPORT, e.getMessage());
            return decisions;
        }
        var count = last.serial().subtract(first.serial()).add(BigInteger.ONE);
        if (!first.sameSeries(last) || count.signum() <= 0 || !count.equals(BigInteger.valueOf(report.quantity()))) {
            decisions.hold(report, null, HeldBackReason.INVALID_REPORT, "ITMOs " + first + ".." + last
                    + " are not one block of " + report.quantity());
            return decisions;
        }
        var next = first.serial();
        for (StoredPair stored : pairs.overlapping(first, last)) {
            var pair = stored.pair();
            var from = first.serial().max(pair.itmo().first().serial());
            var to = last.serial().min(pair.itmo().last().serial());
            if (from.compareTo(next) > 0) {
                decisions.hold(report, null, HeldBackReason.NO_ITMO_PAIR, gap(first, next, from.subtract(BigInteger.ONE)));
            }
            // Each ITMO names its unit through the pair, whatever numbering the national registry uses.
            var units = pair.unitsOf(from, to);
            for (SerialRange free : uncontested(stored, units, pairs, report, decisions)) {
                decideUnits(report, stored, free, authorizations, blocksOf, decisions);
            }
            next = next.max(to.add(BigInteger.ONE));
        }
        if (next.compareTo(last.serial()) <= 0) {
            decisions.hold(report, null, HeldBackReason.NO_ITMO_PAIR, gap(first, next, last.serial()));
        }
        return decisions;
    }

    private void decideUnits(CorrespondingAdjustment report, StoredPair stored, SerialRange units,
                             Map<String, AuthorizationRecord> authorizations,
                             Function<AuthorizationRecord, List<BlockRecord>> blocksOf, Decisions decisions) {
        var pair = stored.pair();
        var authorization = authorizations.get(stored.authorizationId());
        if (!stored.confirmed()) {
            decisions.hold(report, stored.authorizationId(), HeldBackReason.NOT_FIRST_TRANSFERRED, null);
            return;
        }
        if (authorization == null || authorization.status() != AuthorizationStatus.ACTIVE) {
            decisions.hold(report, stored.authorizationId(), HeldBackReason.NOT_AUTHORIZED,
                    "authorization " + stored.authorizationId() + " is not active");
            return;
        }
        if (!authorization.party().equals(report.party())) {
            decisions.hold(report, stored.authorizationId(), HeldBackReason.PARTY_MISMATCH,
                    report.party() + " adjusted ITMOs authorized by " + authorization.party());
            return;
        }
        var covered = blocksOf.apply(authorization);
        var holding = covered.stream()
                .filter(b -> b.program().equals(pair.underlyingRegistry()) && b.issuanceId().equals(pair.issuance())
                        && b.range().overlaps(units))
                .sorted(Comparator.comparingLong(BlockRecord::blockStart)).toList();
        if (!coversWholly(holding, units)) {
            decisions.hold(report, stored.authorizationId(), HeldBackReason.UNITS_NOT_HELD,
                    "no blocks of " + pair.underlyingRegistry() + " issuance " + pair.issuance() + " hold units " + units);
            return;
        }
        var plan = LabelPlan.of(authorization, covered);
        var unsettled = labels.decideOnPlan(authorization, plan);
        for (BlockRecord block : holding) {
            var range = block.range().intersection(units).orElseThrow();
            var refused = refusal(authorization, block, range, plannedFor(plan, block));
            if (!AuthorizedUses.carriesAllowedLabel(block, authorization)) {
                decisions.hold(report, authorization.authorizationId(), HeldBackReason.NOT_AUTHORIZED,
                        "units " + range + " of " + block.blockId() + " carry no authorized label of "
                                + authorization.authorizationId());
            } else if (ItmoDecisions.touches(unsettled, block)) {
                decisions.hold(report, authorization.authorizationId(), HeldBackReason.LABELS_UNSETTLED, null);
            } else if (refused != null) {
                decisions.hold(report, authorization.authorizationId(), refused, "units " + range + " of " + block.blockId()
                        + ": " + refused.text());
            } else if (!carriesAdjustedLabel(block)) {
                decisions.labels().add(new LabelCommand(LabelCommand.Action.APPLY, LabelCode.A6_CORRESPONDINGLY_ADJUSTED,
                        vocabularyOfProgram.apply(block.program()).text(LabelCode.A6_CORRESPONDINGLY_ADJUSTED),
                        block.program(), block.issuanceId(), range, authorization.authorizationId(),
                        authorization.version()));
            }
        }
    }

    private static Planned plannedFor(List<Planned> plan, BlockRecord block) {
        return plan.stream().filter(p -> p.block() == block).findFirst().orElseThrow();
    }

    /**
     * Why the adjusted units of this block, labelled authorized, may still not be labelled adjusted
     * (invariant 3, whoever applied the labels they carry): a label for a use not allowed, units the
     * authorization does not label, a claim on them. Null when they may.
     */
    private static HeldBackReason refusal(AuthorizationRecord authorization, BlockRecord block, SerialRange range,
                                          Planned planned) {
        if (!AuthorizedUses.outsidePurposes(block, authorization).isEmpty()) {
            return HeldBackReason.LABEL_OUTSIDE_PURPOSES;
        }
        if (!planned.labelled().map(r -> r.contains(range)).orElse(false)) {
            return HeldBackReason.of(planned.why());
        }
        return AuthorizedUses.claimedAgainst(block, authorization) ? HeldBackReason.VOLUNTARY_CLAIM : null;
    }

    /**
     * The units no other pair stands for; those another pair claims too are held back: nothing is
     * written on them until the national registry settles which ITMO they are.
     */
    private static List<SerialRange> uncontested(StoredPair stored, SerialRange units, PairsBySeries pairs,
                                                 CorrespondingAdjustment report, Decisions decisions) {
        List<SerialRange> free = List.of(units);
        for (StoredPair other : pairs.claiming(stored.pair().underlyingRegistry(), stored.pair().issuance(), units)) {
            if (other == stored) {
                continue;
            }
            var shared = other.pair().units().intersection(units).orElseThrow();
            decisions.hold(report, stored.authorizationId(), HeldBackReason.CONTESTED_UNITS, "units " + shared + " of "
                    + stored.pair().underlyingRegistry() + " issuance " + stored.pair().issuance() + " are also ITMOs "
                    + other.pair().itmoOf(shared.start()) + "..");
            free = free.stream().flatMap(r -> r.subtract(shared).stream()).toList();
        }
        return free;
    }

    private static String gap(ItmoIdentifier series, BigInteger from, BigInteger to) {
        var first = series.plus(from.subtract(series.serial()).longValueExact());
        var last = series.plus(to.subtract(series.serial()).longValueExact());
        return "no ITMO pair for " + first + ".." + last;
    }

    private static boolean coversWholly(List<BlockRecord> holding, SerialRange units) {
        long next = units.start();
        for (BlockRecord b : holding) {
            if (b.blockStart() > next) {
                return false;
            }
            next = Math.max(next, b.blockEnd() + 1);
        }
        return next > units.end();
    }

    static boolean carriesAdjustedLabel(BlockRecord block) {
        return block.labels().stream().anyMatch(l -> LabelCode.A6_CORRESPONDINGLY_ADJUSTED.name().equals(l.code()));
    }

    /** The labels to set and what is held back. */
    public record Decisions(List<LabelCommand> labels, List<HeldBack> heldBack) {

        void hold(CorrespondingAdjustment report, String authorizationId, HeldBackReason reason, String detail) {
            heldBack.add(new HeldBack(Kind.CA_FLAG, report.subject(), authorizationId, reason, detail));
        }
    }
}
