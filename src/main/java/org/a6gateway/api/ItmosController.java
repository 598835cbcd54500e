package org.a6gateway.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.a6gateway.api.generated.ItmosApi;
import org.a6gateway.api.generated.model.AdjustmentState;
import org.a6gateway.api.generated.model.AuthorizationStatus;
import org.a6gateway.api.generated.model.CorrespondingAdjustment;
import org.a6gateway.api.generated.model.ItmoWithdrawalView;
import org.a6gateway.api.generated.model.FirstTransferView;
import org.a6gateway.api.generated.model.ItmoAuthorization;
import org.a6gateway.api.generated.model.ItmoBlockPage;
import org.a6gateway.api.generated.model.ItmoBlockView;
import org.a6gateway.api.generated.model.Registration;
import org.a6gateway.api.generated.model.UnderlyingUnits;
import org.a6gateway.blocks.BlockQuery;
import org.a6gateway.itmo.ItmoDetails;
import org.a6gateway.itmo.ItmoQueries;
import org.a6gateway.units.ItmoIdentifier;
import org.a6gateway.api.generated.model.HeldBackPage;
import org.a6gateway.api.generated.model.HeldBackRecord;
import org.a6gateway.itmo.HeldBack;
import org.a6gateway.itmo.HeldBackList;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** ITMO blocks by identifier or by underlying units, each with its pair, authorization, first transfer and adjustments. */
@RestController
@RequestMapping("/api/v1")
class ItmosController implements ItmosApi {

    private final ItmoQueries itmos;
    private final HeldBackList heldBack;

    ItmosController(ItmoQueries itmos, HeldBackList heldBack) {
        this.itmos = itmos;
        this.heldBack = heldBack;
    }

    @Override
    public ResponseEntity<HeldBackPage> listHeldBack(String kind, Integer page, Integer size) {
        var found = heldBack.open(kind == null ? null : heldBackKind(kind), (long) page * size, size);
        return ResponseEntity.ok(new HeldBackPage().page(page).size(size).total(found.total())
                .items(found.items().stream().map(h -> new HeldBackRecord().kind(HeldBackRecord.KindEnum.fromValue(h.kind().name()))
                        .subject(h.subject()).authorizationId(h.authorizationId()).reason(h.reason()).detail(h.detail())
                        .since(h.since().atOffset(ZoneOffset.UTC))).toList()));
    }

    private static HeldBack.Kind heldBackKind(String kind) {
        try {
            return HeldBack.Kind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'kind' is ITMO_ID or CA_FLAG, not '" + kind + "'", e);
        }
    }

    @Override
    public ResponseEntity<ItmoBlockView> getItmo(String itmoId) {
        return itmos.holding(ItmoIdentifier.parse(itmoId)).map(d -> ResponseEntity.ok(view(d)))
                .orElseThrow(() -> new NotFound("no ITMO block holds " + itmoId));
    }

    @Override
    public ResponseEntity<ItmoBlockPage> listItmos(String serial, String authorizationId, Integer page, Integer size) {
        var units = serial == null ? BlockQuery.ALL : BlockQuery.covering(Parameters.serial(serial));
        var found = itmos.list(units, authorizationId, page, size);
        return ResponseEntity.ok(new ItmoBlockPage().page(page).size(size).total(found.getTotalElements())
                .items(found.getContent().stream().map(ItmosController::view).toList()));
    }

    private static ItmoBlockView view(ItmoDetails d) {
        var pair = d.stored().pair();
        var first = pair.itmo().first();
        var history = d.history();
        return new ItmoBlockView().firstItmoId(first.toString()).lastItmoId(pair.itmo().last().toString())
                .quantity(pair.itmo().quantity()).cooperativeApproachId(first.cooperativeApproach())
                .partyRegistry(first.registryId()).firstTransferringParty(first.party()).vintage(first.vintage())
                .underlying(new UnderlyingUnits().registry(pair.underlyingRegistry()).issuance(pair.issuance())
                        .firstUnit(pair.units().start()).lastUnit(pair.units().end()).quantity(pair.units().quantity())
                        .blockId(history.blockId()).serials(d.holdingSerials()))
                .authorization(authorization(d))
                .firstTransfer(history.firstTransfer() == null ? null : new FirstTransferView()
                        .trigger(history.firstTransfer().trigger()).date(history.firstTransfer().date())
                        .year(history.firstTransfer().year()))
                .registration(d.stored().confirmed() ? Registration.CONFIRMED : Registration.MINTED)
                .mintedByGateway(history.mintedByGateway()).mintedAt(utc(history.mintedAt()))
                .confirmedAt(utc(history.confirmedAt())).correspondingAdjustment(adjustment(d))
                .withdrawals(d.withdrawn().stream().map(w -> new ItmoWithdrawalView()
                        .firstItmoId(w.part().itmo().first().toString()).lastItmoId(w.part().itmo().last().toString())
                        .firstUnit(w.part().units().start()).lastUnit(w.part().units().end())
                        .quantity(w.part().itmo().quantity()).cause(w.cause())).toList());
    }

    /** The version the ITMOs were minted under (for a pair found on the national registry, the latest held); the rest as last published. */
    private static ItmoAuthorization authorization(ItmoDetails d) {
        var id = d.stored().authorizationId();
        if (id == null) {
            return null;
        }
        var a = d.authorization();
        var mintedUnder = d.history().authorizationVersion();
        Integer version = mintedUnder != null ? mintedUnder : a == null ? null : Integer.valueOf(a.version());
        var view = new ItmoAuthorization().authorizationId(id).version(version);
        return a == null ? view : view.status(AuthorizationStatus.fromValue(a.status().name())).party(a.party())
                .purposes(a.purposes().stream().map(Enum::name).sorted().toList())
                .firstTransferDefinition(a.firstTransferDefinition().name());
    }

    private static AdjustmentState adjustment(ItmoDetails d) {
        long adjusted = d.adjusted().quantity();
        long all = d.stored().pair().itmo().quantity();
        var state = adjusted == 0 ? AdjustmentState.StateEnum.NOT_ADJUSTED
                : adjusted < all ? AdjustmentState.StateEnum.PARTIALLY_ADJUSTED : AdjustmentState.StateEnum.ADJUSTED;
        return new AdjustmentState().state(state).adjustedQuantity(adjusted).adjustments(d.adjusted().adjustments().stream()
                .map(a -> new CorrespondingAdjustment().adjustmentId(a.adjustmentId()).party(a.party()).btrYear(a.btrYear())
                        .reportedOn(a.reportedOn()).firstItmoId(a.firstItmoId()).lastItmoId(a.lastItmoId())
                        .quantity(a.quantity()))
                .toList());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
