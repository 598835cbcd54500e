package org.a6gateway.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What a first fill remembers of the ids it stored: all of them, and hardly anything else. */
class UnheldBlocksTest {

    @Test
    void everyIdStoredMayBeHeldAndAlmostNoOtherOneWhateverTheTableGrewTo() {
        var unheld = UnheldBlocks.firstFill();
        var stored = IntStream.range(0, 200_000).mapToObj(i -> "VCS-" + i).toList();
        for (int from = 0; from < stored.size(); from += 1_000) {
            unheld.stored(stored.subList(from, from + 1_000));
        }
        unheld.stored(stored.subList(0, 1_000)); // stored again: remembered once

        assertThat(stored).allMatch(unheld::mayBeHeld);
        long others = IntStream.range(0, 200_000).mapToObj(i -> "GS-" + i).filter(unheld::mayBeHeld).count();
        assertThat(others).as("ids never stored that share a fingerprint: looked up for nothing").isLessThan(50);
    }

    @Test
    void anIngestOfARegistryTheStoreHoldsLooksEveryBlockUp() {
        var any = UnheldBlocks.anyMayBeHeld();
        any.stored(List.of("b1"));

        assertThat(any.mayBeHeld("b1")).isTrue();
        assertThat(any.mayBeHeld("never stored")).isTrue();
        assertThat(UnheldBlocks.firstFill().mayBeHeld("b1")).isFalse();
    }
}
