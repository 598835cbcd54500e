package org.a6gateway.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class SerialBlockProperties {

    record Holding(String holder, String status) {
    }

    @Property(tries = 1000)
    void splitThenMergeOfAlikeBlocksIsIdentity(@ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long start,
                                               @ForAll @LongRange(min = 2, max = 1_000_000_000L) long quantity,
                                               @ForAll @LongRange(min = 1, max = 999_999_999L) long cut) {
        var block = new SerialBlock<>(new Holding("acct-1", "ISSUED"), SerialRange.ofQuantity(start, quantity));
        long at = start + 1 + cut % (quantity - 1);

        var parts = block.splitAtSerial(at);

        assertThat(parts.get(0).canMergeWith(parts.get(1))).isTrue();
        assertThat(parts.get(0).merge(parts.get(1))).isEqualTo(block);
    }

    @Test
    void adjacentBlocksWithDifferentAttributesDoNotMerge() {
        var issued = new SerialBlock<>(new Holding("acct-1", "ISSUED"), SerialRange.of(1, 10));
        var retired = new SerialBlock<>(new Holding("acct-1", "RETIRED"), SerialRange.of(11, 20));

        assertThat(issued.canMergeWith(retired)).isFalse();
        assertThatThrownBy(() -> issued.merge(retired)).hasMessageContaining("their attributes differ");
    }
}
