package org.a6gateway.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SerialRangeTest {

    @Test
    void aBlockIsInclusive() {
        assertThat(SerialRange.of(82392553, 82392562).quantity()).isEqualTo(10);
        assertThat(SerialRange.of(7, 7).quantity()).isEqualTo(1);
        assertThat(SerialRange.ofQuantity(1, 29_743).end()).isEqualTo(29_743);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            10 | 9                   | serial range 10-9 is inverted or empty
            -1 | 5                   | serial range -1-5 starts below 0
            0  | 9223372036854775807 | serial range 0-9223372036854775807 overflows its quantity
            """)
    void rejectsEmptyInvertedAndOverflowingRanges(long start, long end, String message) {
        assertThatThrownBy(() -> SerialRange.of(start, end)).hasMessage(message);
    }

    @Test
    void splitsAtAQuantityOrASerialAndNeverIntoAnEmptyPart() {
        var block = SerialRange.of(608, 30350);

        assertThat(block.splitAtQuantity(1)).isEqualTo(new SerialRange.Split(SerialRange.of(608, 608), SerialRange.of(609, 30350)));
        assertThat(block.splitAtSerial(30350)).isEqualTo(new SerialRange.Split(SerialRange.of(608, 30349), SerialRange.of(30350, 30350)));
        assertThatThrownBy(() -> block.splitAtQuantity(29_743)).hasMessageContaining("both parts must hold at least one");
        assertThatThrownBy(() -> block.splitAtSerial(608)).hasMessageContaining("must lie after its first unit");
    }

    @Test
    void mergesOnlyAdjacentRangesAndSubtractsExactly() {
        assertThat(SerialRange.of(1, 100).merge(SerialRange.of(101, 200))).isEqualTo(SerialRange.of(1, 200));
        assertThatThrownBy(() -> SerialRange.of(1, 100).merge(SerialRange.of(102, 200))).hasMessageContaining("not adjacent");
        assertThatThrownBy(() -> SerialRange.of(1, 100).merge(SerialRange.of(100, 200))).hasMessageContaining("not adjacent");
        assertThat(SerialRange.of(1, 100).subtract(SerialRange.of(40, 60)))
                .containsExactly(SerialRange.of(1, 39), SerialRange.of(61, 100));
        assertThat(SerialRange.of(1, 100).subtract(SerialRange.of(1, 100))).isEmpty();
    }

    @Test
    void tonnesAreExactThroughTheUnitSize() {
        assertThat(UnitSize.ONE_KILOGRAM.tonnes(SerialRange.of(1, 1_234_567))).isEqualTo(new BigDecimal("1234.567"));
        assertThat(UnitSize.ONE_TONNE.tonnes(5)).isEqualTo(new BigDecimal("5"));
        assertThatThrownBy(() -> UnitSize.of("0")).hasMessageContaining("positive");
    }
}
