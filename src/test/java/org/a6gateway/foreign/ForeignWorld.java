package org.a6gateway.foreign;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.a6gateway.authorization.LabelDecisions;
import org.a6gateway.units.LabelVocabulary;
import org.a6gateway.blocks.BlockLabel;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStatus;
import org.a6gateway.blocks.UnitsCountedOnce;
import org.a6gateway.itmo.AdjustmentDecisions;
import org.a6gateway.itmo.HeldBack;
import org.a6gateway.itmo.ItmoDecisions;
import org.a6gateway.itmo.ItmoMinting;
import org.a6gateway.itmo.PairedUnits;
import org.a6gateway.itmo.PairsBySeries;
import org.a6gateway.itmo.ReferenceDecisions;
import org.a6gateway.itmo.ReversalDecisions;
import org.a6gateway.itmo.StandingPairs;
import org.a6gateway.itmo.StoredPair;
import org.a6gateway.itmo.UnitConversions;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStatus;
import org.a6gateway.nationalrecords.CorrespondingAdjustment;
import org.a6gateway.nationalrecords.FirstTransferAction;
import org.a6gateway.nationalrecords.ItmoAction;
import org.a6gateway.nationalrecords.Withdrawal;
import org.a6gateway.outbox.LabelCommand;
import org.a6gateway.reconciliation.BlockSource;
import org.a6gateway.reconciliation.Discrepancy;
import org.a6gateway.reconciliation.DiscrepancyType;
import org.a6gateway.reconciliation.Reconciler;
import org.a6gateway.reconciliation.Snapshot;
import org.a6gateway.reporting.ReportedUnits;
import org.a6gateway.reporting.Table4Units;
import org.a6gateway.units.Party;
import org.a6gateway.units.SerialRange;

/**
 * A {@link ForeignRegistry}'s two registries in memory and the gateway's decisions over them, run
 * as a sync runs them: labels, ITMO identifiers (the national registry confirms each registration
 * at once), reversals (withdrawals recorded at once), references, corresponding adjustments, each step on what the step before left in the
 * registries, each write applied the way a registry applies it (the range gets blocks of its own).
 * What the gateway decided is kept, so properties can ask what it did and why.
 */
final class ForeignWorld {

    static final LabelVocabulary WORDS = LabelVocabulary.VERRA;

    final ForeignRegistry registry;
    final List<BlockRecord> blocks;
    final List<StoredPair> pairs = new ArrayList<>();
    /** Every pair the gateway minted, over all syncs. */
    final List<StoredPair> minted = new ArrayList<>();
    /** What the national registry withdrew at the gateway's request, over all syncs. */
    final List<Withdrawal> withdrawn = new ArrayList<>();
    /** What the last sync held back, and the commands it sent. */
    final List<HeldBack> heldBack = new ArrayList<>();
    final List<LabelCommand> labelled = new ArrayList<>();
    int commands;

    private final Map<String, AuthorizationRecord> byId;
    private final LabelDecisions labels = new LabelDecisions(program -> WORDS);
    private final ItmoDecisions itmo;
    private final AdjustmentDecisions adjusting = new AdjustmentDecisions(program -> WORDS);

    ForeignWorld(ForeignRegistry registry) {
        this.registry = registry;
        this.itmo = new ItmoDecisions(new ItmoMinting("01"), program -> WORDS, new UnitConversions(registry.conversions()));
        this.blocks = new ArrayList<>(registry.blocks());
        this.pairs.addAll(registry.nationalPairs());
        this.byId = registry.authorizations().stream().collect(Collectors.toMap(AuthorizationRecord::authorizationId, a -> a));
    }

    static ForeignWorld synced(ForeignRegistry registry) {
        var world = new ForeignWorld(registry);
        world.sync();
        return world;
    }

    /** One sync; returns the commands it sent to the registries. */
    int sync() {
        commands = 0;
        heldBack.clear();
        labelled.clear();
        registry.authorizations().forEach(a -> labels.decide(a, List.copyOf(blocks)).forEach(this::label));
        mint();
        reverse();
        attachReferences();
        for (CorrespondingAdjustment report : registry.adjustments()) {
            var decided = adjusting.decide(report, PairsBySeries.of(standing()), byId, this::covered);
            decided.labels().forEach(this::label);
            heldBack.addAll(decided.heldBack());
        }
        return commands;
    }

    List<Discrepancy> reconcile() {
        return new Reconciler().reconcile(Snapshot.of(List.copyOf(blocks), registry.authorizations(), standing(),
                registry.actions(), registry.adjustments(), List.of(),
                withdrawn.stream().map(w -> new StoredPair(w.part(), w.authorizationId(), true)).toList()));
    }

    /** What stands of the pairs once the national registry's withdrawals are taken off. */
    List<StoredPair> standing() {
        return StandingPairs.of(List.copyOf(pairs), List.copyOf(withdrawn));
    }

    /** Units the registry revoked between syncs (part of a block: the rest keeps its state). */
    void revoke(BlockRecord block, SerialRange units) {
        write(block.program(), block.issuanceId(), units, b -> b.status() != BlockStatus.REVOKED, ForeignWorld::revoked);
    }

    /**
     * Withdrawals of what stands on revoked units (the national registry records each at once), then
     * the references taken off every unit revoked or withdrawn, as the ITMO job decides them.
     */
    private void reverse() {
        var revoked = blocks.stream().filter(b -> b.status() == BlockStatus.REVOKED).toList();
        var due = ReversalDecisions.withdrawals(standing(), byId, revoked);
        var reversals = new ArrayList<ReversalDecisions.Reversed>();
        revoked.forEach(b -> reversals.add(new ReversalDecisions.Reversed(b.program(), b.issuanceId(), b.range(),
                ReversalDecisions.revokedAtRegistry(b))));
        for (ReversalDecisions.Withdraw w : due) {
            withdrawn.add(new Withdrawal(w.pair().pair().part(w.units()), w.pair().authorizationId(), w.cause()));
            commands++;
        }
        withdrawn.forEach(w -> reversals.add(new ReversalDecisions.Reversed(w.part().underlyingRegistry(), w.part().issuance(),
                w.part().units(), w.cause())));
        var referenced = blocks.stream().filter(b -> b.itmoReference() != null).toList();
        ReversalDecisions.detachments(referenced, reversals).forEach(d -> write(d.block().program(), d.block().issuanceId(),
                d.units(), b -> b.itmoReference() != null, b -> withReference(b, null)));
    }

    /**
     * The t CO2e the sync summary shows, summed as it sums them: every block's (the store's group
     * sums), less what blocks of the scopes the reconciliation found OVERLAPPING_SERIALS in hold
     * under an earlier block, read in serial order (ties in the order the blocks were stored).
     */
    BigDecimal summaryCredits() {
        var total = blocks.stream().map(BlockRecord::tonnes).reduce(BigDecimal.ZERO, BigDecimal::add);
        var overlapping = reconcile().stream().filter(d -> d.type() == DiscrepancyType.OVERLAPPING_SERIALS).toList();
        var once = new UnitsCountedOnce();
        for (BlockRecord block : inSerialOrder()) {
            if (overlapping.stream().anyMatch(d -> d.registry().equals(block.program())
                    && (d.issuance() == null || d.issuance().equals(block.issuanceId())))) {
                total = total.subtract(once.countedBefore(block));
            }
        }
        return total;
    }

    /** The units Table 4 reports for the world's Party, from its blocks in the store's serial order. */
    List<ReportedUnits> table4() {
        var transfers = registry.actions().stream().filter(a -> a.type().equals(ItmoAction.FIRST_TRANSFER))
                .map(a -> new FirstTransferAction(a.actionId(), a.authorizationId(), a.registry(), a.issuanceId(), a.units(), a.date()))
                .toList();
        var units = new Table4Units(Party.of(registry.party()), registry.authorizations(), transfers);
        inSerialOrder().forEach(units::add);
        return units.units();
    }

    private List<BlockRecord> inSerialOrder() {
        return blocks.stream().sorted(BlockSource.order(Reconciler.GLOBALLY_NUMBERED)).toList();
    }

    private List<BlockRecord> covered(AuthorizationRecord a) {
        return blocks.stream().filter(b -> a.covers(b.program(), b.projectId(), b.hostCountry())).toList();
    }

    private void mint() {
        var paired = PairedUnits.of(pairs.stream().map(StoredPair::pair).toList());
        var transfers = registry.actions().stream().filter(a -> a.type().equals(ItmoAction.FIRST_TRANSFER))
                .map(a -> new FirstTransferAction(a.actionId(), a.authorizationId(), a.registry(), a.issuanceId(), a.units(), a.date()))
                .toList();
        for (AuthorizationRecord a : registry.authorizations()) {
            var decided = itmo.decide(a, List.copyOf(blocks), transfers, paired);
            heldBack.addAll(decided.heldBack());
            decided.minted().forEach(m -> {
                var stored = new StoredPair(m.pair(), m.authorizationId(), true);
                pairs.add(stored);
                minted.add(stored);
                commands++;
            });
        }
    }

    private void attachReferences() {
        Predicate<StoredPair> attachable = p -> byId.containsKey(p.authorizationId())
                && byId.get(p.authorizationId()).status() != AuthorizationStatus.REVOKED;
        var wanted = new ArrayList<Attach>();
        var standing = standing();
        for (BlockRecord block : blocks) {
            var overlapping = standing.stream().filter(p -> p.pair().underlyingRegistry().equals(block.program())
                    && p.pair().issuance().equals(block.issuanceId()) && p.pair().units().overlaps(block.range())).toList();
            ReferenceDecisions.wanted(block, overlapping, attachable).forEach(w -> wanted.add(new Attach(block, w)));
        }
        wanted.forEach(a -> {
            var itmo = a.wanted().pair().pair().part(a.wanted().units()).itmo();
            write(a.block().program(), a.block().issuanceId(), a.wanted().units(), b -> true, b -> withReference(b,
                    new BlockRecord.ItmoReference(itmo.first().toString(), itmo.last().toString(), itmo.first().registryId(),
                            a.wanted().units().start())));
        });
    }

    private record Attach(BlockRecord block, ReferenceDecisions.Wanted wanted) {
    }

    private void label(LabelCommand command) {
        labelled.add(command);
        String code = command.code().name();
        if (command.action() == LabelCommand.Action.APPLY) {
            write(command.program(), command.issuanceId(), command.range(),
                    b -> b.labels().stream().noneMatch(l -> l.code().equals(code)),
                    b -> withLabels(b, add(b.labels(), new BlockLabel(code, command.text(), command.authorizationId()))));
        } else {
            write(command.program(), command.issuanceId(), command.range(),
                    b -> b.labels().stream().anyMatch(l -> l.code().equals(code)),
                    b -> withLabels(b, b.labels().stream().filter(l -> !l.code().equals(code)).toList()));
        }
    }

    /** A registry's range write: blocks that change are split at the range's edges, then changed. */
    private void write(String program, String issuance, SerialRange range, Predicate<BlockRecord> changes,
                       java.util.function.UnaryOperator<BlockRecord> change) {
        commands++;
        var touched = blocks.stream().filter(b -> b.program().equals(program) && b.issuanceId().equals(issuance)
                && b.range().overlaps(range) && changes.test(b)).sorted(Comparator.comparingLong(BlockRecord::blockStart)).toList();
        for (BlockRecord block : touched) {
            int at = blocks.indexOf(block);
            blocks.remove(at);
            var inside = block.range().intersection(range).orElseThrow();
            block.range().subtract(range).forEach(outside -> blocks.add(part(block, outside)));
            blocks.add(at, change.apply(part(block, inside)));
        }
    }

    static BlockRecord part(BlockRecord b, SerialRange range) {
        String id = range.start() == b.blockStart() ? b.blockId() : b.blockId().split("\\.")[0] + "." + range.start();
        return new BlockRecord(b.sourceRegistry(), id, b.sourceVersion() + 1, b.serial(), b.program(), b.unitType(),
                b.projectId(), b.projectName(), b.hostCountry(), b.vintageYear(), b.vintageStart(), b.vintageEnd(),
                b.issuanceId(), b.issuanceDate(), range.start(), range.end(), b.unitSize(), b.status(), b.holderAccount(),
                b.retirement(), b.labels(), b.itmoReference());
    }

    private static BlockRecord revoked(BlockRecord b) {
        return new BlockRecord(b.sourceRegistry(), b.blockId(), b.sourceVersion(), b.serial(), b.program(), b.unitType(),
                b.projectId(), b.projectName(), b.hostCountry(), b.vintageYear(), b.vintageStart(), b.vintageEnd(),
                b.issuanceId(), b.issuanceDate(), b.blockStart(), b.blockEnd(), b.unitSize(), BlockStatus.REVOKED,
                b.holderAccount(), null, b.labels(), b.itmoReference());
    }

    private static BlockRecord withLabels(BlockRecord b, List<BlockLabel> labels) {
        return new BlockRecord(b.sourceRegistry(), b.blockId(), b.sourceVersion(), b.serial(), b.program(), b.unitType(),
                b.projectId(), b.projectName(), b.hostCountry(), b.vintageYear(), b.vintageStart(), b.vintageEnd(),
                b.issuanceId(), b.issuanceDate(), b.blockStart(), b.blockEnd(), b.unitSize(), b.status(), b.holderAccount(),
                b.retirement(), labels, b.itmoReference());
    }

    private static BlockRecord withReference(BlockRecord b, BlockRecord.ItmoReference reference) {
        return new BlockRecord(b.sourceRegistry(), b.blockId(), b.sourceVersion(), b.serial(), b.program(), b.unitType(),
                b.projectId(), b.projectName(), b.hostCountry(), b.vintageYear(), b.vintageStart(), b.vintageEnd(),
                b.issuanceId(), b.issuanceDate(), b.blockStart(), b.blockEnd(), b.unitSize(), b.status(), b.holderAccount(),
                b.retirement(), b.labels(), reference);
    }

    private static List<BlockLabel> add(List<BlockLabel> labels, BlockLabel label) {
        var all = new ArrayList<>(labels);
        all.add(label);
        return all;
    }

    /** The blocks holding any of these units of one issuance. */
    List<BlockRecord> holding(String program, String issuance, SerialRange units) {
        return blocks.stream().filter(b -> b.program().equals(program) && b.issuanceId().equals(issuance)
                && b.range().overlaps(units)).toList();
    }

    /** The authorization covering the block, if any. */
    java.util.Optional<AuthorizationRecord> authorizationOf(BlockRecord block) {
        return registry.authorizations().stream().filter(a -> a.covers(block.program(), block.projectId(), block.hostCountry()))
                .findFirst();
    }
}
