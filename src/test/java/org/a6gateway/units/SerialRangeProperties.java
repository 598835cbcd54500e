package org.a6gateway.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Serial arithmetic cannot lose, invent or double a unit, whatever the sequence of operations. */
class SerialRangeProperties {

    @Provide
    Arbitrary<SerialRange> ranges() {
        var start = Arbitraries.longs().between(0, 2_000_000_000_000L);
        var quantity = Arbitraries.longs().between(1, 5_000_000_000L);
        return Combinators.combine(start, quantity).as(SerialRange::ofQuantity);
    }

    @Provide
    Arbitrary<SerialRange> splittable() {
        return ranges().filter(r -> r.quantity() >= 2);
    }

    @Property(tries = 1000)
    void splitThenMergeIsIdentity(@ForAll("splittable") SerialRange range, @ForAll @IntRange(min = 1, max = 1000) int cut) {
        long at = 1 + Math.floorMod((long) cut * 7919L, range.quantity() - 1);

        var split = range.splitAtQuantity(at);

        assertThat(split.first().quantity() + split.second().quantity()).isEqualTo(range.quantity());
        assertThat(split.first().precedes(split.second())).isTrue();
        assertThat(split.first().merge(split.second())).isEqualTo(range);
        assertThat(split.second().merge(split.first())).isEqualTo(range);
    }

    @Property(tries = 1000)
    void noSequenceOfSplitsAndMergesLosesOrDuplicatesAUnit(@ForAll("ranges") SerialRange original,
                                                            @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 1_000_000) Integer> steps) {
        var pieces = new ArrayList<>(List.of(original));
        for (int step : steps) {
            if (step % 2 == 0) {
                splitOne(pieces, step);
            } else {
                mergeOne(pieces, step);
            }
            assertCoversExactly(pieces, original);
        }
    }

    @Property(tries = 1000)
    void overlapIsSymmetricAndAgreesWithIntersectionAndSubtraction(@ForAll("ranges") SerialRange a, @ForAll("ranges") SerialRange b) {
        assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a));
        assertThat(a.intersection(b).isPresent()).isEqualTo(a.overlaps(b));
        long common = a.intersection(b).map(SerialRange::quantity).orElse(0L);
        assertThat(a.subtract(b).stream().mapToLong(SerialRange::quantity).sum() + common).isEqualTo(a.quantity());
        assertThat(a.subtract(b)).noneMatch(r -> r.overlaps(b));
    }

    @Property(tries = 1000)
    void overlappingRangesNeitherMergeNorSplitOutside(@ForAll("splittable") SerialRange a) {
        var overlapping = SerialRange.of(a.start(), a.start());
        assertThat(a.isAdjacentTo(overlapping)).isFalse();
        assertThat(a.contains(overlapping)).isTrue();
    }

    private static void splitOne(List<SerialRange> pieces, int step) {
        int index = step % pieces.size();
        var piece = pieces.get(index);
        if (piece.quantity() < 2) {
            return;
        }
        var split = piece.splitAtQuantity(1 + (step % (piece.quantity() - 1)));
        pieces.set(index, split.first());
        pieces.add(index + 1, split.second());
    }

    private static void mergeOne(List<SerialRange> pieces, int step) {
        if (pieces.size() < 2) {
            return;
        }
        int index = step % (pieces.size() - 1);
        pieces.set(index, pieces.get(index).merge(pieces.get(index + 1)));
        pieces.remove(index + 1);
    }

    private static void assertCoversExactly(List<SerialRange> pieces, SerialRange original) {
        var sorted = pieces.stream().sorted(Comparator.comparingLong(SerialRange::start)).toList();
        assertThat(sorted.get(0).start()).isEqualTo(original.start());
        assertThat(sorted.get(sorted.size() - 1).end()).isEqualTo(original.end());
        for (int i = 1; i < sorted.size(); i++) {
            assertThat(sorted.get(i - 1).precedes(sorted.get(i))).as("no gap and no overlap").isTrue();
        }
        assertThat(sorted.stream().mapToLong(SerialRange::quantity).sum()).isEqualTo(original.quantity());
    }
}
