package org.a6gateway.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;

@DataJpaTest(properties = "a6.simulator.enabled=false")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(BlockStore.class)
class BlockStoreTest {

    /** The one real Verra serial published with a trailing space. */
    static final String SPACED = "18665-908677430-908677430-VCS-VCU-997-VER-MG-3-2794-01012024-30042024-1 ";

    @Autowired
    BlockStore store;

    static BlockRecord block(String id, long version, long start, long end, BlockStatus status) {
        return new BlockRecord("vcm-registry", id, version, SPACED, "VCS", "VCU", "2794", null, "MG", 2024,
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 4, 30), "18665", LocalDate.of(2025, 10, 29),
                start, end, BigDecimal.ONE, status, "acct-1", null,
                List.of(new BlockLabel("A6_AUTHORIZED_NDC", "Article 6 Authorized – NDC Use", "MDG-VCS-2794")), null);
    }

    @Test
    void storesNewBlocksThenIgnoresTheSameVersion() {
        assertThat(store.store("vcm-registry", List.of(block("b1", 1, 908677430, 908677430, BlockStatus.ISSUED))))
                .isEqualTo(new StoreResult(1, 0, 0));

        assertThat(store.store("vcm-registry", List.of(block("b1", 1, 908677430, 908677430, BlockStatus.ISSUED))))
                .isEqualTo(new StoreResult(0, 0, 1));
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void aHigherVersionReplacesTheStateAndAnOlderOneDoesNot() {
        store.store("vcm-registry", List.of(block("b1", 2, 1, 10, BlockStatus.ISSUED)));

        assertThat(store.store("vcm-registry", List.of(block("b1", 1, 1, 10, BlockStatus.RETIRED))))
                .isEqualTo(new StoreResult(0, 0, 1));
        assertThat(store.store("vcm-registry", List.of(block("b1", 3, 1, 10, BlockStatus.RETIRED))))
                .isEqualTo(new StoreResult(0, 1, 0));
        assertThat(store.findBySerial(SPACED)).singleElement()
                .satisfies(b -> assertThat(b.status()).isEqualTo(BlockStatus.RETIRED));
    }

    @Test
    void findsASerialWithOrWithoutItsSurroundingSpaceAndKeepsTheExactLabelText() {
        store.store("vcm-registry", List.of(block("b1", 1, 908677430, 908677430, BlockStatus.ISSUED)));

        var found = store.findBySerial(SPACED.strip());

        assertThat(found).singleElement().satisfies(b -> {
            assertThat(b.serial()).isEqualTo(SPACED);
            assertThat(b.labels().get(0).text()).isEqualTo("Article 6 Authorized \u2013 NDC Use");
            assertThat(b.tonnes()).isEqualByComparingTo("1");
            assertThat(b.unitSize().toPlainString()).isEqualTo("1");
        });
    }

    @Test
    void streamsBlocksInIssuanceAndSerialOrder() {
        store.store("vcm-registry", List.of(block("b2", 1, 20, 29, BlockStatus.ISSUED),
                block("b1", 1, 1, 10, BlockStatus.ISSUED)));

        var seen = new ArrayList<Long>();
        store.forEach(b -> seen.add(b.blockStart()));

        assertThat(seen).containsExactly(1L, 20L);
    }

    /** Verra numbers across issuances: a later issuance may hold lower serials, and the sweep needs them by serial. */
    @Test
    void streamsAGloballyNumberedProgramBySerialAcrossIssuancesAndTheOthersByIssuance() {
        store.store("vcm-registry", List.of(in("v1", "VCS", "9344", 1001, 2000), in("v2", "VCS", "9400", 1, 1000),
                in("v3", "VCS", "9344", 3001, 4000), in("v4", "VCS", "9400", 2001, 3000),
                in("g1", "GS", "2", 1, 10), in("g2", "GS", "1", 50, 60), in("g3", "GS", "1", 5, 9)));

        var seen = new ArrayList<String>();
        store.forEachInSerialOrder(java.util.Set.of("VCS"), b -> seen.add(b.blockId()));

        assertThat(seen).containsExactly("g3", "g2", "g1", "v2", "v1", "v4", "v3");
    }

    /** The labels are fetched in the blocks' rows: a block with two labels still comes once, with both. */
    @Test
    void streamsABlockWithTwoLabelsOnceWithBoth() {
        var two = block("b2", 1, 1, 10, BlockStatus.ISSUED);
        var labels = List.of(two.labels().get(0), new BlockLabel("A6_CORRESPONDINGLY_ADJUSTED", "Correspondingly adjusted", null));
        store.store("vcm-registry", List.of(new BlockRecord(two.sourceRegistry(), "b2", 1, two.serial(), "VCS", two.unitType(),
                two.projectId(), null, two.hostCountry(), two.vintageYear(), two.vintageStart(), two.vintageEnd(), two.issuanceId(),
                two.issuanceDate(), 1, 10, two.unitSize(), two.status(), two.holderAccount(), null, labels, null),
                block("b3", 1, 20, 29, BlockStatus.ISSUED)));

        var seen = new ArrayList<BlockRecord>();
        store.forEachInSerialOrder(java.util.Set.of("VCS"), seen::add);

        assertThat(seen).extracting(BlockRecord::blockId).containsExactly("b2", "b3");
        assertThat(seen.get(0).labels()).extracting(BlockLabel::code).containsExactly("A6_AUTHORIZED_NDC", "A6_CORRESPONDINGLY_ADJUSTED");
        assertThat(seen.get(1).labels()).hasSize(1);
    }

    private static BlockRecord in(String id, String program, String issuance, long start, long end) {
        var b = block(id, 1, start, end, BlockStatus.ISSUED);
        return new BlockRecord(b.sourceRegistry(), id, 1, program + "-" + id, program, b.unitType(), b.projectId(), null,
                b.hostCountry(), b.vintageYear(), b.vintageStart(), b.vintageEnd(), issuance, b.issuanceDate(), start, end,
                b.unitSize(), b.status(), b.holderAccount(), null, List.of(), null);
    }
}
