package org.a6gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.a6gateway.client.api.BlocksApi;
import org.a6gateway.client.api.ReconciliationApi;
import org.a6gateway.client.model.BlockView;
import org.a6gateway.client.model.Discrepancy;
import org.a6gateway.client.model.DiscrepancyType;
import org.a6gateway.client.model.PrivateBlock;
import org.a6gateway.testing.ApiAccess;
import org.a6gateway.testing.SyncedGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.client.RestClient;

/**
 * Holder accounts and beneficiaries are personal or commercial data: an INTEGRATOR's responses
 * leave them out (blocks, a holder drift's values, the discrepancy export); GOVERNMENT, AUDITOR and
 * OPERATOR see them, on the same demo sync.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = SyncedGateway.CONTEXT)
class PersonalDataTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void synced() {
        SyncedGateway.syncOnce(context, port);
    }

    private List<PrivateBlock> blocks(String role) {
        return new BlocksApi(ApiAccess.client(context, port, role)).listBlocks(null, "KVS", null, null, null, 0, 1000).getItems()
                .stream().map(BlockView::getPrivateRegistry).toList();
    }

    private Discrepancy holderDrift(String role) {
        return new ReconciliationApi(ApiAccess.client(context, port, role))
                .listDiscrepancies(DiscrepancyType.HOLDER_DRIFT, null, null, null, null, null).getItems().get(0);
    }

    @Test
    void anIntegratorGetsBlocksWithoutHoldersOrBeneficiaries() {
        var integrator = blocks("INTEGRATOR");

        assertThat(integrator).hasSize(36).allSatisfy(b -> {
            assertThat(b.getHolderAccount()).isNull();
            assertThat(b.getRetirement() == null ? null : b.getRetirement().getBeneficiary()).isNull();
        });
        assertThat(integrator).filteredOn(b -> b.getRetirement() != null).isNotEmpty()
                .allSatisfy(b -> assertThat(b.getRetirement().getDate()).isNotNull());
        for (String role : List.of("GOVERNMENT", "AUDITOR", "OPERATOR")) {
            var seen = blocks(role);
            assertThat(seen).as(role).anySatisfy(b -> assertThat(b.getHolderAccount()).isNotBlank());
            assertThat(seen).as(role).filteredOn(b -> b.getRetirement() != null)
                    .anySatisfy(b -> assertThat(b.getRetirement().getBeneficiary()).startsWith("SYNTHETIC"));
        }
    }

    @Test
    void anIntegratorSeesAHolderDriftWithoutTheHolders() {
        var withheld = holderDrift("INTEGRATOR");
        var shown = holderDrift("GOVERNMENT");

        assertThat(withheld.getKey()).isEqualTo(shown.getKey());
        assertThat(withheld.getPrivateValue()).isEqualTo(withheld.getNationalValue()).isEqualTo("held by (withheld: personal data)");
        assertThat(shown.getPrivateValue()).startsWith("held by ").isNotEqualTo(withheld.getPrivateValue());
        var export = RestClient.create("http://localhost:" + port).get().uri("/api/v1/discrepancies/export?format=csv&type=HOLDER_DRIFT")
                .header(ApiAccess.KEY_HEADER, ApiAccess.key(context, "INTEGRATOR")).retrieve().body(String.class);
        assertThat(export).contains("held by (withheld: personal data)").doesNotContain(shown.getPrivateValue());
    }
}
