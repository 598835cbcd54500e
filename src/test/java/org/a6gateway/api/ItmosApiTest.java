package org.a6gateway.api;

import static org.a6gateway.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.a6gateway.client.api.ItmosApi;
import org.a6gateway.client.model.AdjustmentState;
import org.a6gateway.client.model.ItmoBlockView;
import org.a6gateway.client.model.Registration;
import org.a6gateway.testing.ApiAccess;
import org.a6gateway.testing.SyncedGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;

/** ITMO blocks through the generated client after a sync: by any ITMO id of a block, by underlying serial, all of them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = SyncedGateway.CONTEXT)
class ItmosApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    ItmosApi itmos;

    @BeforeEach
    void synced() {
        SyncedGateway.syncOnce(context, port);
        itmos = new ItmosApi(ApiAccess.client(context, port, "INTEGRATOR"));
    }

    @Test
    void anItmoIdInsideABlockFindsTheBlockWithItsUnitsAuthorizationFirstTransferAndAdjustment() {
        // Unit 5,500 of the synthetic Korean issuance 1001: the ITMO serial embeds it.
        var block = itmos.getItmo("CA9901-KOR01-KOR-70000001001000000005500-2024");

        assertThat(block.getFirstItmoId()).isEqualTo("CA9901-KOR01-KOR-70000001001000000005001-2024");
        assertThat(block.getLastItmoId()).isEqualTo("CA9901-KOR01-KOR-70000001001000000006000-2024");
        assertThat(block.getQuantity()).isEqualTo(1_000L);
        assertThat(block.getCooperativeApproachId()).isEqualTo("CA9901");
        assertThat(block.getUnderlying().getRegistry()).isEqualTo("KVS");
        assertThat(block.getUnderlying().getFirstUnit()).isEqualTo(5_001L);
        assertThat(block.getUnderlying().getSerials()).containsExactly("KVS-CRA-KR-S101-2024-1001-5001-6000");
        assertThat(block.getAuthorization().getAuthorizationId()).isEqualTo("KOR-KVS-S101");
        assertThat(block.getAuthorization().getFirstTransferDefinition()).isEqualTo("FIRST_INTERNATIONAL_TRANSFER");
        assertThat(block.getFirstTransfer().getYear()).isNotNull();
        assertThat(block.getRegistration()).isEqualTo(Registration.CONFIRMED);
        assertThat(block.getMintedByGateway()).isTrue();
        var adjustment = block.getCorrespondingAdjustment();
        assertThat(adjustment.getState()).isEqualTo(AdjustmentState.StateEnum.ADJUSTED);
        assertThat(adjustment.getAdjustedQuantity()).isEqualTo(1_000L);
        assertThat(adjustment.getAdjustments()).singleElement()
                .satisfies(a -> assertThat(a.getAdjustmentId()).isEqualTo("SYN-KOR-BTR2026-2"));
    }

    @Test
    void aSerialFindsTheItmoBlocksCoveringItsUnits() {
        var covering = itmos.listItmos("KVS-CRA-KR-S101-2024-1001-1-8000", null, null, null);

        assertThat(covering.getItems()).extracting(ItmoBlockView::getFirstItmoId).containsExactly(
                "CA9901-KOR01-KOR-70000001001000000000001-2024", "CA9901-KOR01-KOR-70000001001000000005001-2024");
        assertThat(itmos.listItmos(null, "KOR-KVS-S101", null, null).getTotal()).isEqualTo(2);
        var tanzania = itmos.listItmos("GS1-1-TZ-GS11732-16-2023-28108-103008-103599", null, null, null);
        assertThat(tanzania.getItems()).singleElement().satisfies(b -> {
            assertThat(b.getQuantity()).isEqualTo(592L);
            assertThat(b.getFirstTransfer().getTrigger()).isEqualTo("authorization");
            assertThat(b.getCorrespondingAdjustment().getState()).isEqualTo(AdjustmentState.StateEnum.NOT_ADJUSTED);
        });
    }

    @Test
    void theGatewayHoldsThePairsItMintedAndThoseOnlyTheNationalRegistryHas() {
        var all = new ArrayList<ItmoBlockView>();
        var first = itmos.listItmos(null, null, 0, 1000);
        all.addAll(first.getItems());

        assertThat(first.getTotal()).isEqualTo(360);
        var minted = all.stream().filter(ItmoBlockView::getMintedByGateway).toList();
        assertThat(minted).hasSize(355);
        assertThat(minted.stream().mapToLong(ItmoBlockView::getQuantity).sum()).isEqualTo(10_946_536L);
        assertThat(all).filteredOn(b -> !b.getMintedByGateway()).allSatisfy(b -> assertThat(b.getFirstTransfer()).isNull());
    }

    /** The demo's reversals: S216's revoked authorization withdrew its whole pair, S218's revocation 500 ITMOs of one. */
    @Test
    void anItmoBlockShowsWhatOfItTheNationalRegistryWithdrewAndWhy() {
        var whole = itmos.getItmo("CA9901-KOR01-KOR-70000002017000000000500-2024");
        assertThat(whole.getWithdrawals()).singleElement().satisfies(w -> {
            assertThat(w.getFirstItmoId()).isEqualTo(whole.getFirstItmoId());
            assertThat(w.getQuantity()).isEqualTo(1000);
            assertThat(w.getCause()).isEqualTo("authorization KOR-KVS-S216 revoked, version 2");
        });
        var part = itmos.getItmo("CA9901-KOR01-KOR-70000002019000000000001-2024");
        assertThat(part.getWithdrawals()).singleElement().satisfies(w -> {
            assertThat(w.getFirstUnit()).isEqualTo(1001);
            assertThat(w.getLastUnit()).isEqualTo(1500);
            assertThat(w.getQuantity()).isEqualTo(500);
            assertThat(w.getCause()).isEqualTo("units 1001-1500 revoked at the registry, block KVS-2019-1001 version 1");
        });
        assertThat(itmos.getItmo("CA9901-KOR01-KOR-70000001001000000005500-2024").getWithdrawals()).isEmpty();
    }

    @Test
    void aBadItmoIdOrSerialIsAProblem400NamingTheFieldAndAnIdNoBlockHoldsIs404() {
        var http = ApiAccess.http(context, port, "INTEGRATOR");

        assertProblem(http.get().uri("/itmos/CA99-KOR01-KOR-1-2024").retrieve().toEntity(String.class), HttpStatus.BAD_REQUEST,
                "'itmoId'");
        assertProblem(http.get().uri("/itmos?serial=KVS-nonsense").retrieve().toEntity(String.class), HttpStatus.BAD_REQUEST, "'serial'");
        assertProblem(http.get().uri("/itmos?size=1001").retrieve().toEntity(String.class), HttpStatus.BAD_REQUEST, "'size'");
        // Unit 7,000 was never first transferred: no ITMO stands for it.
        assertProblem(http.get().uri("/itmos/CA9901-KOR01-KOR-70000001001000000007000-2024").retrieve().toEntity(String.class),
                HttpStatus.NOT_FOUND, "no ITMO block holds CA9901-KOR01-KOR-70000001001000000007000-2024");
    }
}
