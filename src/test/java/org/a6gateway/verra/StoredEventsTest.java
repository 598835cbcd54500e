package org.a6gateway.verra;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStatus;
import org.a6gateway.units.SerialRange;
import org.junit.jupiter.api.Test;

class StoredEventsTest {

    private static BlockRecord stored(String blockId, long start, long end) {
        return new BlockRecord("verra", blockId, 1, "s-" + blockId, "VCS", "VCU", "2794", null, "MG", 2024, null, null,
                "18665", null, start, end, BigDecimal.ONE, BlockStatus.RETIRED, null, null, List.of(), null);
    }

    @Test
    void anIssuanceTakesTheRetirementsAndCancellationsWithinItsRangeAndNoOtherBlocks() {
        var events = StoredEvents.of(List.of(stored("retirement-1", 5, 9), stored("cancellation-2", 1, 1),
                stored("issuance-3-10", 10, 19), stored("retirement-4", 18, 25), stored("retirement-5", 30, 30),
                stored("cancellation-6", 5, 6)));

        assertThat(events.within(SerialRange.of(1, 20))).containsExactly(SerialRange.of(1, 1), SerialRange.of(5, 9),
                SerialRange.of(5, 6), SerialRange.of(18, 25));
        assertThat(events.within(SerialRange.of(25, 29))).containsExactly(SerialRange.of(18, 25));
        assertThat(events.within(SerialRange.of(10, 17))).isEmpty();
        assertThat(events.within(SerialRange.of(31, 40))).isEmpty();
    }
}
