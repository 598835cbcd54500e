package org.a6gateway.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A fingerprint set finds every key added, and hardly any other, whatever it grew to. */
class FingerprintsTest {

    @Test
    void everyKeyAddedIsFoundAndAlmostNoOther() {
        var set = new Fingerprints();
        var added = IntStream.range(0, 200_000).mapToObj(i -> "VCS-" + i).toList();
        added.forEach(set::add);
        added.subList(0, 1_000).forEach(set::add); // added again: remembered once

        assertThat(added).allMatch(set::mayContain);
        long others = IntStream.range(0, 200_000).mapToObj(i -> "GS-" + i).filter(set::mayContain).count();
        assertThat(others).as("keys never added that share a fingerprint: looked up for nothing").isLessThan(50);
    }

    @Test
    void anEmptySetHoldsNothing() {
        assertThat(new Fingerprints().mayContain("VCS-1")).isFalse();
    }
}
