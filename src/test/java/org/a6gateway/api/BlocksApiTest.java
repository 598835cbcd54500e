package org.a6gateway.api;

import static org.a6gateway.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.a6gateway.client.api.BlocksApi;
import org.a6gateway.client.model.BlockView;
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
import org.springframework.http.ResponseEntity;

/** Blocks through the generated client after a sync: both registries' view of one block, and range lookups over all 637. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = SyncedGateway.CONTEXT)
class BlocksApiTest {

    private static final String MADAGASCAR_VCS = "16745-789819583-789840470-VCS-VCU-842-VER-MG-3-2312-01012021-31122021-1";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    BlocksApi blocks;

    @BeforeEach
    void synced() {
        SyncedGateway.syncOnce(context, port);
        blocks = new BlocksApi(ApiAccess.client(context, port, "INTEGRATOR"));
    }

    @Test
    void aBlockShowsBothRegistriesItsLabelsAndTheItmosPairedWithItsUnits() {
        var block = blocks.getBlockBySerial(MADAGASCAR_VCS);

        var mine = block.getPrivateRegistry();
        assertThat(mine.getQuantity()).isEqualTo(20_888L);
        assertThat(mine.getTonnes()).isEqualTo("20888");
        assertThat(mine.getLabelDetails()).extracting(l -> l.getCode() + " " + l.getAuthorizationId())
                .containsExactly("A6_AUTHORIZED_IMP MDG-VCS-2312", "A6_AUTHORIZED_NDC MDG-VCS-2312");
        assertThat(mine.getItmoReference().getFirstItmoId()).isEqualTo("CA0043-MDG01-MDG-10000016745000789819583-2021");
        var national = block.getNationalRegistry();
        assertThat(national.getAuthorizationId()).isEqualTo("MDG-VCS-2312");
        assertThat(national.getCooperativeApproachId()).isEqualTo("CA0043");
        assertThat(national.getItmoPairs()).singleElement().satisfies(pair -> {
            assertThat(pair.getFirstItmoId()).isEqualTo(mine.getItmoReference().getFirstItmoId());
            assertThat(pair.getLastItmoId()).isEqualTo(mine.getItmoReference().getLastItmoId());
            assertThat(pair.getFirstUnit()).isEqualTo(mine.getBlockStart());
            assertThat(pair.getQuantity()).isEqualTo(mine.getQuantity());
            assertThat(pair.getRegistration()).isEqualTo(Registration.CONFIRMED);
        });
    }

    @Test
    void aRangeLookupFindsTheBlocksOverlappingItInUnitOrder() {
        var overlapping = blocks.listBlocks(null, "KVS", "1001", 4_000L, 5_500L, null, null);

        assertThat(overlapping.getTotal()).isEqualTo(2);
        assertThat(overlapping.getItems()).extracting(BlockView::getSerial)
                .containsExactly("KVS-CRA-KR-S101-2024-1001-1-5000", "KVS-CRA-KR-S101-2024-1001-5001-6000");
        assertThat(overlapping.getItems().get(1).getNationalRegistry().getItmoPairs()).singleElement()
                .satisfies(pair -> assertThat(pair.getQuantity()).isEqualTo(1_000L));
        // Verra numbers units across the registry: a serial range finds its block whatever the batch.
        assertThat(blocks.listBlocks("1-789830000-789830009-VCS-VCU-842-VER-MG-3-2312-01012021-31122021-1", null, null, null, null,
                null, null).getItems()).extracting(BlockView::getSerial).containsExactly(MADAGASCAR_VCS);
        assertThat(blocks.listBlocks(null, "KVS", null, null, null, 0, 1000).getTotal()).isEqualTo(36);
    }

    @Test
    void everyBlockIsOnExactlyOnePage() {
        var serials = new HashSet<String>();
        long total = 0;
        for (int page = 0; page * 200 < 637; page++) {
            var one = blocks.listBlocks(null, null, null, null, null, page, 200);
            total = one.getTotal();
            one.getItems().forEach(b -> assertThat(serials.add(b.getPrivateRegistry().getBlockId())).isTrue());
        }

        assertThat(total).isEqualTo(637);
        assertThat(serials).hasSize(637);
    }

    @Test
    void aBadLookupIsAProblem400NamingTheFieldAndAnUnknownBlockIs404() {
        var http = ApiAccess.http(context, port, "INTEGRATOR");

        assertProblem(get(http, "/blocks?size=1001"), HttpStatus.BAD_REQUEST, "'size'");
        assertProblem(get(http, "/blocks?page=-1"), HttpStatus.BAD_REQUEST, "'page'");
        assertProblem(get(http, "/blocks?firstUnit=1"), HttpStatus.BAD_REQUEST, "'registry' is required");
        assertProblem(get(http, "/blocks?registry=GS&firstUnit=10&lastUnit=9"), HttpStatus.BAD_REQUEST, "'lastUnit' 9 is before 'firstUnit' 10");
        assertProblem(get(http, "/blocks?registry=GS&firstUnit=-5"), HttpStatus.BAD_REQUEST, "'firstUnit'");
        assertProblem(get(http, "/blocks?serial=" + MADAGASCAR_VCS + "&registry=VCS"), HttpStatus.BAD_REQUEST, "'serial'");
        assertProblem(get(http, "/blocks?serial=GS1-1-KE-GS74x5-16-2025-30645-608-30350"), HttpStatus.BAD_REQUEST, "'serial'");
        assertProblem(get(http, "/blocks/GS1-1-TZ-GS11732-16-2023-1-1-2"), HttpStatus.NOT_FOUND, "no block with serial");
    }

    private static ResponseEntity<String> get(org.springframework.web.client.RestClient http, String uri) {
        return http.get().uri(uri).retrieve().toEntity(String.class);
    }
}
