package org.a6gateway.reconciliation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.a6gateway.blocks.BlockQuery;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.itmo.PairsBySeries;
import org.a6gateway.itmo.StoredPair;
import org.a6gateway.ledger.Sha256;
import org.a6gateway.nationalrecords.CorrespondingAdjustment;
import org.a6gateway.nationalrecords.ItmoAction;
import org.a6gateway.units.ItmoIdentifier;
import org.a6gateway.units.ItmoSerials;
import org.a6gateway.units.SerialRange;

/**
 * Finds every disagreement between the private registry, the national registry and the gateway's
 * ledger. Pure: the same snapshot always gives the same discrepancies, in report order.
 *
 * <p>Labels are checked block by block against the authorizations (invariant 3); everything that
 * concerns serial units is one sort-merge sweep over both sides' records and the ledger's
 * expectations by (registry, issuance, first unit). The blocks, the millions, stream in that
 * order from the {@link BlockSource} and are held only while open at the current unit; the
 * national side and the ledger, thousands, are held and sorted in memory and merged in.
 */
public final class Reconciler {

    /** Registries whose serial numbers are unique across issuances (Verra's block numbers). */
    public static final Set<String> GLOBALLY_NUMBERED = BlockQuery.NUMBERED_ACROSS_ISSUANCES;

    private final Set<String> globallyNumbered;

    public Reconciler() {
        this(GLOBALLY_NUMBERED);
    }

    public Reconciler(Set<String> globallyNumbered) {
        this.globallyNumbered = Set.copyOf(globallyNumbered);
    }

    /**
     * Reads the blocks once, in the source's order, checking each one's labels as it arrives and
     * sweeping it with the national records on its units; only the caps wait for the last block.
     */
    public List<Discrepancy> reconcile(Snapshot snapshot) {
        return reconcile(snapshot, scope -> true);
    }

    /**
     * The same, on the scopes {@code swept} keeps only: the snapshot's blocks must be all of
     * theirs (and only theirs), and the national records and ledger expectations of other scopes
     * are left out. Findings come only from those scopes, bar adjustments naming no private units,
     * which are always reported. The caps see only the blocks given: a capped authorization's
     * projects must be swept whole.
     */
    public List<Discrepancy> reconcile(Snapshot snapshot, Predicate<Scope> swept) {
        return reconcile(snapshot, national(snapshot), swept);
    }

    /** As {@link #reconcile(Snapshot, Predicate)}, on the snapshot's national side as {@link #national} gave it. */
    List<Discrepancy> reconcile(Snapshot snapshot, NationalSide nationalSide, Predicate<Scope> swept) {
        var findings = new Findings();
        nationalSide.unplaced().forEach(adjustment -> unplaced(adjustment, findings));
        var authorizations = new AuthorizationIndex(snapshot.authorizations());
        var labels = new LabelChecks(authorizations, findings, this::scope);
        var national = nationalSide.spans().stream().filter(span -> swept.test(span.scope())).toList();
        var merge = new SpanMerge(national, new Sweep(new SegmentChecks(findings, authorizations)));
        snapshot.blocks().forEach(b -> merge.block(new PrivateBlock(scope(b), b, labels.check(b), authorizations.claimed(b))));
        merge.finish();
        labels.checkCaps();
        return findings.all();
    }

    /**
     * The national records and the ledger's expectations as spans on serial units, and the
     * adjustments whose identifiers name no units: built once for a run's digests and its sweep.
     */
    record NationalSide(List<Span> spans, List<CorrespondingAdjustment> unplaced) {
    }

    NationalSide national(Snapshot snapshot) {
        var ledger = new LedgerExpectations(snapshot.ledger(), this::scope);
        var spans = new ArrayList<Span>(snapshot.pairs().size() + snapshot.actions().size() + snapshot.adjustments().size());
        var unplaced = new ArrayList<CorrespondingAdjustment>();
        snapshot.pairs().stream()
                .filter(p -> p.confirmed() || ledger.registered(p.pair().itmo().first().toString()))
                .forEach(p -> spans.add(new NationalPair(scope(p.pair().underlyingRegistry(), p.pair().issuance()), p)));
        snapshot.actions().forEach(a -> spans.add(new NationalAction(scope(a.registry(), issuanceOf(a)), a)));
        // Withdrawn ITMOs still name their units: an adjustment of them is out of order there, not unplaced.
        var placing = new ArrayList<StoredPair>(snapshot.pairs());
        placing.addAll(snapshot.withdrawn());
        var placement = new AdjustmentPlacement(PairsBySeries.of(placing), this::scope);
        for (CorrespondingAdjustment adjustment : snapshot.adjustments()) {
            var placed = placement.place(adjustment);
            spans.addAll(placed.spans());
            if (!placed.wholly()) {
                unplaced.add(adjustment);
            }
        }
        spans.addAll(ledger.spans());
        return new NationalSide(spans, unplaced);
    }

    /**
     * What the checks read in each scope besides its blocks, as one digest per scope: the national
     * records and the ledger's expectations on its units, and the standing of the authorizations
     * its ITMO pairs name. A scope whose digest is the same as at the last reconciliation, and
     * whose blocks did not change, finds what it found then.
     */
    Map<Scope, String> digests(Snapshot snapshot, NationalSide national) {
        var authorizations = new AuthorizationIndex(snapshot.authorizations());
        var byScope = new HashMap<Scope, List<Span>>();
        for (Span span : national.spans()) {
            byScope.computeIfAbsent(span.scope(), k -> new ArrayList<>(2)).add(span);
        }
        // described one scope at a time: all the national side's descriptions at once were tens of MB held
        var digests = new HashMap<Scope, String>();
        byScope.forEach((scope, spans) -> {
            var described = new ArrayList<String>(spans.size());
            spans.forEach(span -> described.add(describe(span, authorizations)));
            described.sort(null);
            digests.put(scope, Sha256.hexOfLines(described));
        });
        return digests;
    }

    /** The span as the checks read it: records print every field; a pair's authorization is read for its standing. */
    private static String describe(Span span, AuthorizationIndex authorizations) {
        if (span instanceof NationalPair pair) {
            return pair + " " + authorizations.byId(pair.stored().authorizationId())
                    .map(a -> AuthorizationIndex.revoked(a) + " " + AuthorizationIndex.describe(a)).orElse("none");
        }
        return span.toString();
    }

    /** The scope of a private registry's issuance: the whole registry when it numbers across issuances. */
    Scope scope(String registry, String issuance) {
        return Scope.of(registry, issuance, globallyNumbered.contains(registry));
    }

    boolean numbersAcrossIssuances(String registry) {
        return globallyNumbered.contains(registry);
    }

    private Scope scope(BlockRecord block) {
        return scope(block.program(), block.issuanceId());
    }

    /** Plain unit numbers come without their issuance; the ITMO identifiers embed it. */
    private static String issuanceOf(ItmoAction action) {
        if (action.issuanceId() != null) {
            return action.issuanceId();
        }
        return underlying(action.firstItmoId()).map(ItmoSerials.UnderlyingUnit::issuance).orElse(null);
    }

    /** An adjustment some of whose ITMOs no pair holds and no serial embeds cannot be placed on those units: reported, not dropped. */
    private static void unplaced(CorrespondingAdjustment adjustment, Findings findings) {
        long quantity = Math.max(1, adjustment.quantity());
        findings.add(DiscrepancyType.MISSING_ON_PRIVATE, new Scope("unresolved", null), SerialRange.ofQuantity(1, quantity),
                BigDecimal.valueOf(adjustment.quantity()), "adjustment " + adjustment.adjustmentId(),
                "ITMO identifiers " + adjustment.firstItmoId() + ".." + adjustment.lastItmoId() + ": no ITMO pair holds"
                        + " some of them and their serials embed no private unit",
                "CA " + adjustment.adjustmentId() + " in the " + adjustment.btrYear() + " BTR of " + adjustment.party());
    }

    private static Optional<ItmoSerials.UnderlyingUnit> underlying(String itmoId) {
        try {
            return Optional.ofNullable(itmoId).flatMap(id -> ItmoSerials.underlyingUnit(ItmoIdentifier.parse(id).serial()));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }
}
