package org.a6gateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bench's generated world: deterministic by seed, and consistent between both registries. */
class BenchWorldTest {

    @Test
    void theSameSeedMakesTheSameWorldAndAnotherSeedAnother() {
        var a = new BenchWorld(11, 1_000, 100);
        var b = new BenchWorld(11, 1_000, 100);
        var c = new BenchWorld(12, 1_000, 100);
        for (int i : new int[] {0, 1, 517, 999}) {
            assertThat(a.block(i)).isEqualTo(b.block(i));
        }
        for (int r = 0; r < a.nationalRecords(); r++) {
            assertThat(a.nationalRecord(r).value()).isEqualTo(b.nationalRecord(r).value());
        }
        assertThat(a.block(999)).isNotEqualTo(c.block(999));
    }

    @Test
    void blocksOfAnIssuanceAreConsecutiveSplitsAndEveryQuantityIsItsUnits() {
        var world = new BenchWorld(3, 400, 40);
        for (int i = 0; i < world.blocks(); i++) {
            var block = world.block(i);
            long start = block.get("blockStart").asLong();
            assertThat(block.get("quantity").asLong()).isEqualTo(block.get("blockEnd").asLong() - start + 1);
            if (i % BenchWorld.BLOCKS_PER_ISSUANCE == 0) {
                assertThat(start).isEqualTo(1);
            } else {
                assertThat(start).isEqualTo(world.block(i - 1).get("blockEnd").asLong() + 1);
            }
        }
    }

    @Test
    void everyTransferredBlockCarriesThePairTheNationalRegistryHoldsAndItsAdjustment() {
        var world = new BenchWorld(5, 2_000, 200);
        assertThat(world.authorizations()).isEqualTo(50);
        assertThat(world.transferredBlocks()).isEqualTo(50);
        assertThat(world.nationalRecords()).isEqualTo(50 + 3 * 50);

        Map<String, String> pairs = new HashMap<>();
        int actions = 0;
        int adjustments = 0;
        for (int r = world.authorizations(); r < world.nationalRecords(); r++) {
            var record = world.nationalRecord(r);
            switch (record.kind()) {
                case "ITMO_PAIR" -> pairs.put(record.value().get("firstItmoId").asText(), record.value().get("lastItmoId").asText());
                case "ACTION" -> actions++;
                case "CORRESPONDING_ADJUSTMENT" -> adjustments++;
                default -> throw new AssertionError("unexpected " + record.kind());
            }
        }
        assertThat(actions).isEqualTo(50);
        assertThat(adjustments).isEqualTo(50);

        int referenced = 0;
        for (int i = 0; i < world.blocks(); i++) {
            ObjectNode block = world.block(i);
            if (block.has("itmoReference")) {
                referenced++;
                var reference = block.get("itmoReference");
                assertThat(pairs).containsEntry(reference.get("firstItmoId").asText(), reference.get("lastItmoId").asText());
                assertThat(block.get("labels").toString()).contains("A6_CORRESPONDINGLY_ADJUSTED", "A6_AUTHORIZED_NDC");
            }
        }
        assertThat(referenced).isEqualTo(50);
    }
}
