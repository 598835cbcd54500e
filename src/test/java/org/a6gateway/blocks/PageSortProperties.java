package org.a6gateway.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.a6gateway.store.StoreResult;

/**
 * A page sorted against what the store holds, on generated pages: ids repeated within a page or
 * not, versions lower, equal and higher than the held one, in any order.
 */
class PageSortProperties {

    @Property(tries = 300)
    void eachBlockIsNewChangedOrUnchangedAsItsHighestVersionSays(@ForAll long seed, @ForAll @IntRange(min = 0, max = 40) int size) {
        var random = new Random(seed);
        var held = new HashMap<String, BlockRows.Held>();
        for (int i = 0; i < 8; i++) {
            if (random.nextBoolean()) {
                held.put("b" + i, new BlockRows.Held(i, block("b" + i, 1 + random.nextInt(4))));
            }
        }
        var page = new ArrayList<BlockRecord>();
        for (int i = 0; i < size; i++) {
            page.add(block("b" + random.nextInt(8), 1 + random.nextInt(5)));
        }

        var sorted = new PageSort(page, held);

        var highest = new HashMap<String, Long>();
        page.forEach(b -> highest.merge(b.blockId(), b.sourceVersion(), Math::max));
        highest.forEach((id, version) -> {
            var stored = held.get(id);
            if (stored == null) {
                assertThat(sorted.fresh.get(id).sourceVersion()).isEqualTo(version);
            } else if (version > stored.block().sourceVersion()) {
                assertThat(sorted.changed.get(id).sourceVersion()).isEqualTo(version);
                assertThat(sorted.before.get(id)).isSameAs(stored.block());
            } else {
                assertThat(sorted.changed).doesNotContainKey(id);
            }
        });
        assertThat(sorted.fresh.keySet()).noneMatch(held::containsKey).allMatch(highest::containsKey);
        assertThat(sorted.changed.keySet()).allMatch(held::containsKey);
        var result = sorted.result;
        assertThat(result.inserted()).isEqualTo(sorted.fresh.size());
        assertThat(result.inserted() + result.updated() + result.unchanged()).as("every record read counts once")
                .isEqualTo(page.size());
        assertThat(result).isEqualTo(expected(page, held));
    }

    /** The same count, record by record, against the latest version seen of each block. */
    private static StoreResult expected(List<BlockRecord> page, Map<String, BlockRows.Held> held) {
        var latest = new HashMap<String, Long>();
        held.forEach((id, h) -> latest.put(id, h.block().sourceVersion()));
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        for (BlockRecord b : page) {
            Long seen = latest.get(b.blockId());
            if (seen == null) {
                inserted++;
            } else if (b.sourceVersion() > seen) {
                updated++;
            } else {
                unchanged++;
                continue;
            }
            latest.put(b.blockId(), b.sourceVersion());
        }
        return new StoreResult(inserted, updated, unchanged);
    }

    private static BlockRecord block(String id, long version) {
        return new BlockRecord("vcm-registry", id, version, "S-" + id, "VCS", "VCU", "2794", null, "MG", 2024,
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 4, 30), "18665", LocalDate.of(2025, 10, 29),
                1, 10, BigDecimal.ONE, BlockStatus.ISSUED, "acct-" + version, null, List.of(), null);
    }
}
