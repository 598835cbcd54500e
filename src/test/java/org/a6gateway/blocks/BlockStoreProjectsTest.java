package org.a6gateway.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.a6gateway.jobs.DecisionChanges;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;

/** The decision jobs read a batch of authorizations' projects at once. */
@DataJpaTest(properties = "a6.simulator.enabled=false")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({BlockStore.class, DecisionChanges.class})
class BlockStoreProjectsTest {

    @Autowired
    BlockStore store;

    static BlockRecord block(String id, String project, String country, String issuance, long start, BlockLabel... labels) {
        return new BlockRecord("vcm-registry", id, 1, "KVS-CRA-" + country + "-B" + project + "-" + issuance + "-" + start,
                "KVS", "CRA", project, null, country, 2024, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), issuance,
                LocalDate.of(2025, 3, 10), start, start + 9, BigDecimal.ONE, BlockStatus.ISSUED, "holder", null,
                List.of(labels), null);
    }

    @Test
    void readsEachWantedProjectInIssuanceAndSerialOrderWithItsLabelsAndNothingElse() {
        var ndc = new BlockLabel("A6_AUTHORIZED_NDC", "Article 6 Authorized – NDC Use", "KOR-1");
        var ca = new BlockLabel("A6_CORRESPONDINGLY_ADJUSTED", "Correspondingly Adjusted", "KOR-1");
        store.store("vcm-registry", List.of(
                block("b3", "1", "KR", "I2", 1),
                block("b2", "1", "KR", "I1", 11, ndc, ca),
                block("b1", "1", "KR", "I1", 1, ndc),
                block("b4", "1", "CL", "I9", 1),      // same project number, another host country
                block("b5", "2", "KR", "I5", 1),
                block("b6", "3", "KR", "I6", 1)));    // not asked for

        var read = store.ofProjects(Set.of(new BlockStore.Project("KVS", "1", "KR"), new BlockStore.Project("KVS", "2", "KR"),
                new BlockStore.Project("KVS", "404", "KR")));

        assertThat(read).containsOnlyKeys(new BlockStore.Project("KVS", "1", "KR"), new BlockStore.Project("KVS", "2", "KR"));
        assertThat(read.get(new BlockStore.Project("KVS", "1", "KR"))).extracting(BlockRecord::blockId)
                .containsExactly("b1", "b2", "b3");
        assertThat(read.get(new BlockStore.Project("KVS", "1", "KR")).get(1).labels()).hasSize(2).contains(ndc, ca);
        assertThat(read.get(new BlockStore.Project("KVS", "2", "KR"))).extracting(BlockRecord::blockId).containsExactly("b5");
    }

    @Test
    void readsTheIssuancesOfProjectsAndTheBlocksOfIssuancesInIssuanceAndSerialOrder() {
        var ndc = new BlockLabel("A6_AUTHORIZED_NDC", "Article 6 Authorized – NDC Use", "KOR-1");
        store.store("vcm-registry", List.of(
                block("b3", "1", "KR", "I2", 1),
                block("b2", "1", "KR", "I1", 11, ndc),
                block("b1", "1", "KR", "I1", 1),
                block("b4", "1", "CL", "I9", 1),
                block("b5", "2", "KR", "I5", 1)));

        assertThat(store.issuancesOf(List.of(new BlockStore.Project("KVS", "1", "KR"))))
                .as("not the same project number in Chile").containsExactlyInAnyOrder(
                        new BlockStore.Issuance("KVS", "I1"), new BlockStore.Issuance("KVS", "I2"));

        var read = new ArrayList<BlockRecord>();
        store.forEachOfIssuances(List.of(new BlockStore.Issuance("KVS", "I5"), new BlockStore.Issuance("KVS", "I1"),
                new BlockStore.Issuance("KVS", "I1"), new BlockStore.Issuance("VCS", "I2")), read::add);

        assertThat(read).extracting(BlockRecord::blockId).containsExactly("b1", "b2", "b5");
        assertThat(read.get(1).labels()).containsExactly(ndc);
    }
}
