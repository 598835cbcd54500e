package org.a6gateway.itmo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.a6gateway.blocks.BlockQuery;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStore;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStore;
import org.a6gateway.nationalrecords.CorrespondingAdjustment;
import org.a6gateway.nationalrecords.ItmoWithdrawals;
import org.a6gateway.nationalrecords.NationalRecords;
import org.a6gateway.nationalrecords.Withdrawal;
import org.a6gateway.store.HoldingUnits;
import org.a6gateway.units.ItmoBlock;
import org.a6gateway.units.ItmoIdentifier;
import org.a6gateway.units.ItmoSerials;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read-only lookups of the ITMO pairs the gateway holds, for the API: by ITMO, by underlying units, by block. */
@Service
public class ItmoQueries {

    private static final Sort UNIT_ORDER = Sort.by("underlyingRegistry", "issuanceId", "unitStart", "id");

    private final ItmoPairRows rows;
    private final NationalRecords national;
    private final BlockStore blocks;
    private final AuthorizationStore authorizations;
    private final ItmoWithdrawals withdrawals;

    ItmoQueries(ItmoPairRows rows, NationalRecords national, BlockStore blocks, AuthorizationStore authorizations,
                ItmoWithdrawals withdrawals) {
        this.rows = rows;
        this.withdrawals = withdrawals;
        this.national = national;
        this.blocks = blocks;
        this.authorizations = authorizations;
    }

    /**
     * The ITMO block holding an identifier, any of its ITMOs. A serial of the gateway's numbering
     * embeds the underlying unit (docs/serials.md), so only the pairs holding that unit are read,
     * then matched by series; one in a national registry's own numbering is looked for among all
     * the pairs (thousands, not the block store's millions).
     */
    @Transactional(readOnly = true)
    public Optional<ItmoDetails> holding(ItmoIdentifier id) {
        return ItmoSerials.underlyingUnit(id.serial())
                .flatMap(unit -> rows.findHoldingUnit(unit.registry(), unit.serial()).stream()
                        .filter(row -> contains(row.toStored(), id)).findFirst())
                .or(() -> rows.findAll().stream().filter(row -> contains(row.toStored(), id)).findFirst())
                .map(row -> details(row, authorizations.byId(), national.adjustments(), withdrawals.all()));
    }

    /** One page of the ITMO blocks holding any of the units asked for (all with {@link BlockQuery#ALL}), in unit order. */
    @Transactional(readOnly = true)
    public Page<ItmoDetails> list(BlockQuery units, String authorizationId, int page, int size) {
        var byId = authorizations.byId();
        var adjustments = national.adjustments();
        var withdrawn = withdrawals.all();
        return rows.findAll(holdingAnyUnitOf(units.registry(), units.issuance(), units.firstUnit(), units.lastUnit(),
                        authorizationId), PageRequest.of(page, size, UNIT_ORDER))
                .map(row -> details(row, byId, adjustments, withdrawn));
    }

    /** The ITMO pairs holding a block's units, each cut to the whole ITMOs standing for some unit of the block. */
    @Transactional(readOnly = true)
    public List<StoredPair> pairedWith(BlockRecord block) {
        return rows.findAll(holdingAnyUnitOf(block.program(), block.issuanceId(), block.blockStart(), block.blockEnd(), null),
                        UNIT_ORDER).stream()
                .map(ItmoPairRow::toStored)
                .map(s -> new StoredPair(s.pair().part(s.pair().covering(block.range()).orElseThrow()),
                        s.authorizationId(), s.confirmed()))
                .toList();
    }

    /** The pairs holding any unit of [first, last], narrowed by registry, issuance and authorization where given. */
    private static HoldingUnits<ItmoPairRow> holdingAnyUnitOf(String registry, String issuance, long first, long last,
                                                              String authorizationId) {
        return HoldingUnits.<ItmoPairRow>of("unitStart", "unitEnd", first, last).where("underlyingRegistry", registry)
                .where("issuanceId", issuance).where("authorizationId", authorizationId);
    }

    private ItmoDetails details(ItmoPairRow row, Map<String, AuthorizationRecord> authorizationsById,
                                List<CorrespondingAdjustment> adjustments, List<Withdrawal> withdrawn) {
        var stored = row.toStored();
        var pair = stored.pair();
        var holders = blocks.overlapping(new BlockQuery(pair.underlyingRegistry(), pair.issuance(), pair.units().start(), pair.units().end()));
        return new ItmoDetails(stored, row.history(), authorizationsById.get(stored.authorizationId()),
                holders.stream().map(BlockRecord::serial).toList(), AdjustedItmos.of(pair.itmo(), adjustments),
                withdrawn.stream().filter(w -> overlaps(pair.itmo(), w.part().itmo())).toList());
    }

    private static boolean overlaps(ItmoBlock itmo, ItmoBlock other) {
        return itmo.first().sameSeries(other.first()) && itmo.first().serial().compareTo(other.last().serial()) <= 0
                && other.first().serial().compareTo(itmo.last().serial()) <= 0;
    }

    private static boolean contains(StoredPair stored, ItmoIdentifier id) {
        var itmo = stored.pair().itmo();
        return itmo.first().sameSeries(id) && itmo.first().serial().compareTo(id.serial()) <= 0
                && itmo.last().serial().compareTo(id.serial()) >= 0;
    }
}
