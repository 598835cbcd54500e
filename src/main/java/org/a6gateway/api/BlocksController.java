package org.a6gateway.api;

import org.a6gateway.api.generated.BlocksApi;
import org.a6gateway.api.generated.model.AuthorizationStatus;
import org.a6gateway.api.generated.model.BlockLabel;
import org.a6gateway.api.generated.model.BlockPage;
import org.a6gateway.api.generated.model.BlockView;
import org.a6gateway.api.generated.model.ItmoReference;
import org.a6gateway.api.generated.model.NationalView;
import org.a6gateway.api.generated.model.PairedUnits;
import org.a6gateway.api.generated.model.PrivateBlock;
import org.a6gateway.api.generated.model.Registration;
import org.a6gateway.api.generated.model.Retirement;
import org.a6gateway.authorization.AuthorizationCoverage;
import org.a6gateway.authorization.BlockMatch;
import org.a6gateway.blocks.BlockQuery;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStore;
import org.a6gateway.itmo.ItmoQueries;
import org.a6gateway.itmo.StoredPair;
import org.a6gateway.nationalrecords.AuthorizationStore;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Private blocks with both registries' view: the block as published, its authorization, and the ITMOs paired with its units. */
@RestController
@RequestMapping("/api/v1")
class BlocksController implements BlocksApi {

    private final BlockStore blocks;
    private final AuthorizationStore authorizations;
    private final ItmoQueries itmos;

    BlocksController(BlockStore blocks, AuthorizationStore authorizations, ItmoQueries itmos) {
        this.blocks = blocks;
        this.authorizations = authorizations;
        this.itmos = itmos;
    }

    @Override
    public ResponseEntity<BlockView> getBlockBySerial(String serial) {
        var block = blocks.findBySerial(serial).stream().findFirst()
                .orElseThrow(() -> new NotFound("no block with serial '" + serial + "'"));
        return ResponseEntity.ok(view(block, new AuthorizationCoverage(authorizations.all())));
    }

    @Override
    public ResponseEntity<BlockPage> listBlocks(String serial, String registry, String issuance, Long firstUnit, Long lastUnit,
                                                Integer page, Integer size) {
        var found = blocks.overlapping(query(serial, registry, issuance, firstUnit, lastUnit), page, size);
        var coverage = new AuthorizationCoverage(authorizations.all());
        return ResponseEntity.ok(new BlockPage().page(page).size(size).total(found.getTotalElements())
                .items(found.getContent().stream().map(b -> view(b, coverage)).toList()));
    }

    /** A serial says its registry, issuance and units itself; otherwise a registry, optionally narrowed. */
    private static BlockQuery query(String serial, String registry, String issuance, Long firstUnit, Long lastUnit) {
        boolean narrowed = issuance != null || firstUnit != null || lastUnit != null;
        if (serial != null) {
            if (registry != null || narrowed) {
                throw new IllegalArgumentException("'serial' names its registry, issuance and units: give it alone, "
                        + "or give 'registry' with 'issuance', 'firstUnit' and 'lastUnit'");
            }
            return BlockQuery.covering(Parameters.serial(serial));
        }
        if (registry == null) {
            if (narrowed) {
                throw new IllegalArgumentException("'registry' is required with 'issuance', 'firstUnit' or 'lastUnit': "
                        + "unit serials are numbered per registry");
            }
            return BlockQuery.ALL;
        }
        long first = firstUnit == null ? 0 : firstUnit;
        long last = lastUnit == null ? Long.MAX_VALUE : lastUnit;
        if (last < first) {
            throw new IllegalArgumentException("'lastUnit' " + last + " is before 'firstUnit' " + first);
        }
        return new BlockQuery(registry, issuance, first, last);
    }

    private BlockView view(BlockRecord block, AuthorizationCoverage coverage) {
        return new BlockView().serial(block.serial()).privateRegistry(privateView(block))
                .nationalRegistry(nationalView(coverage.match(block)).itmoPairs(itmos.pairedWith(block).stream()
                        .map(BlocksController::paired).toList()));
    }

    private static PrivateBlock privateView(BlockRecord b) {
        return new PrivateBlock().blockId(b.blockId()).version(b.sourceVersion()).sourceRegistry(b.sourceRegistry())
                .program(b.program()).unitType(b.unitType()).projectId(b.projectId()).projectName(b.projectName())
                .hostCountry(b.hostCountry()).vintageYear(b.vintageYear()).vintageStart(b.vintageStart())
                .vintageEnd(b.vintageEnd()).issuanceId(b.issuanceId()).issuanceDate(b.issuanceDate())
                .blockStart(b.blockStart()).blockEnd(b.blockEnd()).quantity(b.quantity())
                .unitSize(b.unitSize().toPlainString()).tonnes(b.tonnes().toPlainString()).status(b.status().name())
                .holderAccount(PersonalData.shownToCaller() ? b.holderAccount() : null).retirement(retirement(b.retirement()))
                .labels(b.labels().stream().map(l -> l.text()).toList())
                .labelDetails(b.labels().stream()
                        .map(l -> new BlockLabel().code(l.code()).text(l.text()).authorizationId(l.authorizationId())).toList())
                .itmoReference(reference(b.itmoReference()));
    }

    private static Retirement retirement(BlockRecord.Retirement r) {
        return r == null ? null : new Retirement().date(r.date()).purpose(r.purpose())
                .beneficiary(PersonalData.shownToCaller() ? r.beneficiary() : null);
    }

    private static ItmoReference reference(BlockRecord.ItmoReference r) {
        return r == null ? null
                : new ItmoReference().firstItmoId(r.firstItmoId()).lastItmoId(r.lastItmoId()).nationalRegistry(r.registryId()).firstUnit(r.firstUnit());
    }

    private static NationalView nationalView(BlockMatch match) {
        var view = new NationalView().matched(match.isMatched());
        if (!match.isMatched()) {
            return view.unmatchedReason(match.reason().name());
        }
        var a = match.authorization();
        return view.authorizationId(a.authorizationId()).authorizationVersion(a.version())
                .authorizationStatus(AuthorizationStatus.fromValue(a.status().name())).party(a.party())
                .purposes(a.purposes().stream().map(Enum::name).sorted().toList())
                .firstTransferDefinition(a.firstTransferDefinition().name())
                .cooperativeApproachId(a.cooperativeApproachId());
    }

    private static PairedUnits paired(StoredPair stored) {
        var pair = stored.pair();
        return new PairedUnits().firstItmoId(pair.itmo().first().toString()).lastItmoId(pair.itmo().last().toString())
                .firstUnit(pair.units().start()).lastUnit(pair.units().end()).quantity(pair.units().quantity())
                .authorizationId(stored.authorizationId())
                .registration(stored.confirmed() ? Registration.CONFIRMED : Registration.MINTED);
    }
}
