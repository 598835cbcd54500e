package org.a6gateway.reconciliation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.a6gateway.authorization.AuthorizedUses;
import org.a6gateway.blocks.BlockLabel;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStatus;
import org.a6gateway.itmo.StoredPair;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStatus;
import org.a6gateway.nationalrecords.CorrespondingAdjustment;
import org.a6gateway.nationalrecords.CoveredActivity;
import org.a6gateway.nationalrecords.FirstTransferDefinition;
import org.a6gateway.nationalrecords.ItmoAction;
import org.a6gateway.units.ItmoPair;
import org.a6gateway.units.LabelCode;
import org.a6gateway.units.Purpose;

/**
 * Both registries and the gateway's ledger, built consistent step by step the way the gateway
 * and the registries would have made them: issue, label, first transfer, adjust. Tests then
 * break one thing and ask the reconciler to find it.
 */
final class World {

    static final String APPROACH = "CA0042";
    static final String PARTY = "KOR";
    static final String REGISTRY_ID = "KOR01";

    final List<BlockRecord> blocks = new ArrayList<>();
    final List<AuthorizationRecord> authorizations = new ArrayList<>();
    final List<StoredPair> pairs = new ArrayList<>();
    final List<ItmoAction> actions = new ArrayList<>();
    final List<CorrespondingAdjustment> adjustments = new ArrayList<>();
    final List<LedgerChange> ledger = new ArrayList<>();
    private int sequence;

    Snapshot snapshot() {
        return Snapshot.of(List.copyOf(blocks), List.copyOf(authorizations), List.copyOf(pairs), List.copyOf(actions),
                List.copyOf(adjustments), List.copyOf(ledger));
    }

    List<Discrepancy> reconcile() {
        return new Reconciler().reconcile(snapshot());
    }

    AuthorizationRecord authorize(String id, String registry, String project, Set<Purpose> purposes,
                                  Integer vintageFrom, Integer vintageTo, Long cap) {
        var a = authorization(id, 1, AuthorizationStatus.ACTIVE, registry, project, purposes, vintageFrom, vintageTo, cap);
        authorizations.add(a);
        return a;
    }

    static AuthorizationRecord authorization(String id, int version, AuthorizationStatus status, String registry, String project,
                                             Set<Purpose> purposes, Integer vintageFrom, Integer vintageTo, Long cap) {
        return new AuthorizationRecord("national-registry", id, version, status, PARTY, LocalDate.of(2024, 5, 1), 2024,
                APPROACH, false, cap, "GHG", null, null, purposes, null, FirstTransferDefinition.AUTHORISATION,
                vintageFrom, vintageTo, null, null, null, null, null, null, null, null, null, null,
                List.of(new CoveredActivity(registry, project, "KR")), true);
    }

    BlockRecord issue(String registry, String project, String issuance, long start, long end, int vintage, String unitSize) {
        var b = new BlockRecord("vcm-registry", registry + "-" + issuance + "-" + start, 1,
                registry + "-" + project + "-" + issuance + "-" + start + "-" + end, registry, "CRA", project, null, "KR",
                vintage, LocalDate.of(vintage, 1, 1), LocalDate.of(vintage, 12, 31), issuance,
                LocalDate.of(2025, 1, 1).plusDays(Long.parseLong(issuance) % 300), start, end, new BigDecimal(unitSize),
                BlockStatus.ISSUED, "holder-" + project, null, List.of(), null);
        blocks.add(b);
        return b;
    }

    /** The gateway labels the block for every purpose of the authorization (its ledger says so); or the registry did, naming none. */
    BlockRecord label(BlockRecord block, AuthorizationRecord a, boolean byTheGateway) {
        var labels = new ArrayList<>(block.labels());
        for (LabelCode code : a.purposes().stream().map(LabelCode::forPurpose).distinct().sorted().toList()) {
            labels.add(new BlockLabel(code.name(), "text of " + code, byTheGateway ? a.authorizationId() : null));
            if (byTheGateway) {
                ledger.add(LedgerChange.label(true, block.program(), block.issuanceId(), block.range(), code.name()));
            }
        }
        return replace(block, with(block, labels, block.itmoReference(), block.status(), block.retirement()));
    }

    /** The gateway mints and registers the pair, the registry confirms it and records the first transfer, the reference goes on the block. */
    BlockRecord firstTransfer(BlockRecord block, AuthorizationRecord a) {
        var pair = ItmoPair.mint(APPROACH, REGISTRY_ID, PARTY, block.vintageYear(), block.program(), block.issuanceId(), block.range());
        pairs.add(new StoredPair(pair, a.authorizationId(), true));
        String first = pair.itmo().first().toString();
        actions.add(new ItmoAction("FT-" + (++sequence), "FIRST_TRANSFER", LocalDate.of(2025, 6, 1), a.authorizationId(),
                block.program(), block.issuanceId(), block.range(), first, pair.itmo().last().toString(),
                block.tonnes().longValueExact(), false, block.holderAccount()));
        ledger.add(LedgerChange.pairRegistered(block.program(), block.issuanceId(), block.range(), first));
        ledger.add(LedgerChange.referenceAttached(block.program(), block.issuanceId(), block.range(), first));
        var reference = new BlockRecord.ItmoReference(first, pair.itmo().last().toString(), REGISTRY_ID);
        return replace(block, with(block, block.labels(), reference, block.status(), block.retirement()));
    }

    /** The Party reports the adjustment in its BTR; the gateway puts the CA label on. */
    BlockRecord adjust(BlockRecord block) {
        var pair = pairOf(block);
        adjustments.add(new CorrespondingAdjustment("CA-" + (++sequence), PARTY, 2026, LocalDate.of(2026, 10, 1),
                pair.pair().itmo().first().toString(), pair.pair().itmo().last().toString(), block.quantity()));
        ledger.add(LedgerChange.label(true, block.program(), block.issuanceId(), block.range(),
                LabelCode.A6_CORRESPONDINGLY_ADJUSTED.name()));
        var labels = new ArrayList<>(block.labels());
        labels.add(new BlockLabel(LabelCode.A6_CORRESPONDINGLY_ADJUSTED.name(), "Correspondingly adjusted", null));
        return replace(block, with(block, labels, block.itmoReference(), block.status(), block.retirement()));
    }

    /** Looked for from the newest pair: generation adjusts the block it has just transferred, which keeps big worlds linear. */
    StoredPair pairOf(BlockRecord block) {
        for (int i = pairs.size() - 1; i >= 0; i--) {
            var p = pairs.get(i).pair();
            if (p.units().equals(block.range()) && p.issuance().equals(block.issuanceId())
                    && p.underlyingRegistry().equals(block.program())) {
                return pairs.get(i);
            }
        }
        throw new java.util.NoSuchElementException("no pair on " + block.serial());
    }

    BlockRecord retire(BlockRecord block, String purpose) {
        return replace(block, with(block, block.labels(), block.itmoReference(), BlockStatus.RETIRED,
                new BlockRecord.Retirement(LocalDate.of(2026, 3, 1), purpose, "beneficiary")));
    }

    /** Looked for from the end: generation replaces the block it has just issued, which keeps big worlds linear. */
    BlockRecord replace(BlockRecord old, BlockRecord updated) {
        blocks.set(blocks.lastIndexOf(old), updated);
        return updated;
    }

    static BlockRecord with(BlockRecord b, List<BlockLabel> labels, BlockRecord.ItmoReference reference, BlockStatus status,
                            BlockRecord.Retirement retirement) {
        return new BlockRecord(b.sourceRegistry(), b.blockId(), b.sourceVersion() + 1, b.serial(), b.program(), b.unitType(),
                b.projectId(), b.projectName(), b.hostCountry(), b.vintageYear(), b.vintageStart(), b.vintageEnd(),
                b.issuanceId(), b.issuanceDate(), b.blockStart(), b.blockEnd(), b.unitSize(), status, b.holderAccount(),
                retirement, labels, reference);
    }

    static BlockRecord withVintage(BlockRecord b, int vintage) {
        return new BlockRecord(b.sourceRegistry(), b.blockId(), b.sourceVersion() + 1, b.serial(), b.program(), b.unitType(),
                b.projectId(), b.projectName(), b.hostCountry(), vintage, LocalDate.of(vintage, 1, 1), LocalDate.of(vintage, 12, 31),
                b.issuanceId(), b.issuanceDate(), b.blockStart(), b.blockEnd(), b.unitSize(), b.status(), b.holderAccount(),
                b.retirement(), b.labels(), b.itmoReference());
    }

    static BlockRecord copy(BlockRecord b, String blockId) {
        return new BlockRecord(b.sourceRegistry(), blockId, 1, b.serial(), b.program(), b.unitType(),
                b.projectId(), b.projectName(), b.hostCountry(), b.vintageYear(), b.vintageStart(), b.vintageEnd(),
                b.issuanceId(), b.issuanceDate(), b.blockStart(), b.blockEnd(), b.unitSize(), b.status(), b.holderAccount(),
                b.retirement(), b.labels(), b.itmoReference());
    }

    static boolean oneTonneUnits(BlockRecord b) {
        return b.unitSize().compareTo(BigDecimal.ONE) == 0;
    }

    /** Retired or cancelled for a claim: no use, a voluntary one, or a use no covering authorization allows. */
    boolean claimed(BlockRecord b) {
        return b.retiredFor().filter(use -> use.isClaim() || authorizations.stream()
                .filter(a -> a.covers(b.program(), b.projectId(), b.hostCountry()))
                .noneMatch(a -> AuthorizedUses.allowsRetirement(a, use))).isPresent();
    }

    /** The last unit anything names in the block's numbering (its issuance, or the whole registry for Verra). */
    long lastUnit(BlockRecord b) {
        boolean global = Reconciler.GLOBALLY_NUMBERED.contains(b.program());
        return blocks.stream().filter(x -> x.program().equals(b.program()) && (global || x.issuanceId().equals(b.issuanceId())))
                .mapToLong(BlockRecord::blockEnd).max().orElseThrow();
    }

    BlockRecord blockAt(ItmoAction a) {
        return blocks.stream().filter(b -> b.program().equals(a.registry()) && b.issuanceId().equals(a.issuanceId())
                && b.range().contains(a.units().start())).findFirst().orElseThrow();
    }

    Optional<AuthorizationRecord> authorizationOf(BlockRecord b) {
        return authorizations.stream().filter(a -> a.status() == AuthorizationStatus.ACTIVE)
                .filter(a -> a.covers(b.program(), b.projectId(), b.hostCountry())).findFirst();
    }

    void cap(AuthorizationRecord a, long cap) {
        authorizations.set(authorizations.indexOf(a), new AuthorizationRecord(a.sourceRegistry(), a.authorizationId(), a.version(),
                a.status(), a.party(), a.date(), a.authorizationYear(), a.cooperativeApproachId(), a.publishedOnCarp(), cap,
                a.metric(), a.gwpValues(), a.nonGhgMetric(), a.purposes(), a.oimpDetail(), a.firstTransferDefinition(),
                a.vintageFrom(), a.vintageTo(), a.mitigationFrom(), a.mitigationTo(), a.useFrom(), a.useTo(),
                a.authorizedParties(), a.authorizedEntities(), a.sectors(), a.activityTypes(), a.terms(), a.documentLinks(),
                a.coveredActivities(), a.synthetic()));
    }

    /** The same action with other figures; another type makes it another action of the registry. */
    static ItmoAction action(ItmoAction a, String type, long quantity, String firstItmoId, String lastItmoId, String holder) {
        String id = type.equals(a.type()) ? a.actionId() : a.actionId() + "-" + type;
        return new ItmoAction(id, type, a.date().plusDays(type.equals(a.type()) ? 0 : 30), a.authorizationId(), a.registry(),
                a.issuanceId(), a.units(), firstItmoId, lastItmoId, quantity, a.synthetic(), holder);
    }

    BlockRecord block(String blockId) {
        return blocks.stream().filter(b -> b.blockId().equals(blockId)).findFirst().orElseThrow();
    }
}
