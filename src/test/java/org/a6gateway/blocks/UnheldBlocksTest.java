package org.a6gateway.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a first fill looks up: the ids it stored itself; any other ingest, every id. */
class UnheldBlocksTest {

    @Test
    void aFirstFillLooksUpOnlyWhatItStored() {
        var unheld = UnheldBlocks.firstFill();
        unheld.stored(List.of("b1", "b2"));

        assertThat(unheld.mayBeHeld("b1")).isTrue();
        assertThat(unheld.mayBeHeld("b2")).isTrue();
        assertThat(UnheldBlocks.firstFill().mayBeHeld("b1")).isFalse();
    }

    @Test
    void anIngestOfARegistryTheStoreHoldsLooksEveryBlockUp() {
        var any = UnheldBlocks.anyMayBeHeld();
        any.stored(List.of("b1"));

        assertThat(any.mayBeHeld("b1")).isTrue();
        assertThat(any.mayBeHeld("never stored")).isTrue();
    }
}
