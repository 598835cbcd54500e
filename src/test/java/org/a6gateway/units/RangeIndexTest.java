package org.a6gateway.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RangeIndexTest {

    @Test
    void findsWhatOverlapsEvenBehindALongRangeThatStartedEarlier() {
        var wide = SerialRange.of(1, 1_000);
        var index = new RangeIndex<>(List.of(SerialRange.of(500, 510), wide, SerialRange.of(20, 30), SerialRange.of(900, 2_000)),
                Function.identity());

        assertThat(index.overlapping(SerialRange.of(600, 899))).containsExactly(wide);
        assertThat(index.overlapping(SerialRange.of(25, 505)))
                .containsExactly(wide, SerialRange.of(20, 30), SerialRange.of(500, 510));
        assertThat(index.overlapping(SerialRange.of(1_001, 1_999))).containsExactly(SerialRange.of(900, 2_000));
        assertThat(index.overlapping(SerialRange.of(2_001, 3_000))).isEmpty();
    }

    @Test
    void answersAsAScanOfEveryRangeWouldOnRandomRanges() {
        var random = new Random(7);
        for (int round = 0; round < 200; round++) {
            var ranges = new ArrayList<SerialRange>();
            for (int i = random.nextInt(30); i > 0; i--) {
                long start = 1 + random.nextInt(500);
                ranges.add(SerialRange.ofQuantity(start, 1 + random.nextInt(random.nextBoolean() ? 5 : 200)));
            }
            var index = new RangeIndex<>(ranges, Function.identity());
            long start = 1 + random.nextInt(600);
            var query = SerialRange.ofQuantity(start, 1 + random.nextInt(50));

            var scanned = ranges.stream().filter(r -> r.overlaps(query))
                    .sorted(Comparator.comparingLong(SerialRange::start)).toList();
            assertThat(index.overlapping(query)).as("ranges %s, query %s", ranges, query).isEqualTo(scanned);
        }
    }
}
