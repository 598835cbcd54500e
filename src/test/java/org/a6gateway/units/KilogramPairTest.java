package org.a6gateway.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A pair of kilogram units under a declared conversion: 1,000 units an ITMO, split only between whole ITMOs. */
class KilogramPairTest {

    private static final ItmoPair PAIR = ItmoPair.mint("CA9901", "KOR01", "KOR", 2024, "KVS", "1003",
            SerialRange.of(1, 750_000), 1_000);

    @Test
    void mintsOneItmoPerThousandUnitsAndOnlyTheFirstEmbedsItsUnit() {
        assertThat(PAIR.itmo().quantity()).isEqualTo(750);
        assertThat(PAIR.itmo().first().serial()).isEqualTo(ItmoSerials.itmoSerial("KVS", "1003", 1));
        assertThat(PAIR.itmo().last().serial()).isEqualTo(ItmoSerials.itmoSerial("KVS", "1003", 750));
        assertThat(PAIR.unitsOf(PAIR.itmo().last().serial(), PAIR.itmo().last().serial()))
                .isEqualTo(SerialRange.of(749_001, 750_000));
        assertThat(PAIR.itmoOf(1_999)).isEqualTo(PAIR.itmo().first().plus(1));
    }

    @Test
    void splitsOnlyBetweenWholeItmos() {
        var split = PAIR.splitAtUnit(2_001);
        assertThat(split.first().itmo().quantity()).isEqualTo(2);
        assertThat(split.second().itmo().first()).isEqualTo(PAIR.itmo().first().plus(2));
        assertThat(split.first().merge(split.second())).isEqualTo(PAIR);
        assertThatThrownBy(() -> PAIR.splitAtUnit(2_500)).hasMessageContaining("not whole ITMOs of 1000 units");
        assertThatThrownBy(() -> PAIR.part(SerialRange.of(1, 999))).hasMessageContaining("not whole ITMOs");
    }

    @Test
    void roundsOutwardToWithdrawAndInwardToName() {
        var revoked = SerialRange.of(1_500, 2_100);
        assertThat(PAIR.covering(revoked)).contains(SerialRange.of(1_001, 3_000));
        assertThat(PAIR.within(revoked)).isEmpty();
        assertThat(PAIR.within(SerialRange.of(1_500, 4_100))).contains(SerialRange.of(2_001, 4_000));
        assertThat(PAIR.covering(SerialRange.of(800_000, 900_000))).isEmpty();
    }

    @Test
    void bothSidesMustAgreeOnTheUnitCount() {
        var first = PAIR.itmo().first();
        assertThatThrownBy(() -> new ItmoPair(new ItmoBlock(first, first.plus(749)), "KVS", "1003", SerialRange.of(1, 750_000)))
                .hasMessage("ITMO block of 750 against 750000 units");
        assertThatThrownBy(() -> new ItmoPair(new ItmoBlock(first, first.plus(749)), "KVS", "1003", SerialRange.of(1, 749_999), 1_000))
                .hasMessage("ITMO block of 750 of 1000 units each against 749999 units");
        assertThatThrownBy(() -> ItmoPair.mint("CA9901", "KOR01", "KOR", 2024, "KVS", "1003", SerialRange.of(1, 1_500), 1_000))
                .hasMessageContaining("not whole ITMOs of 1000 units");
    }
}
