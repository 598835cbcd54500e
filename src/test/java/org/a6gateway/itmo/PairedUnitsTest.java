package org.a6gateway.itmo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.a6gateway.units.ItmoPair;
import org.a6gateway.units.SerialRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which units of a block no pair stands for yet, whatever order and overlap the pairs come in. */
class PairedUnitsTest {

    private static ItmoPair pair(String registry, String issuance, long start, long end) {
        return ItmoPair.mint("CA9901", "KOR01", "KOR", 2024, registry, issuance, SerialRange.of(start, end));
    }

    private static SerialRange r(long start, long end) {
        return SerialRange.of(start, end);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("nothing paired", List.of(), "GS", "7", r(1, 100), List.of(r(1, 100))),
                Arguments.of("a pair in the middle", List.of(pair("GS", "7", 40, 60)), "GS", "7", r(1, 100),
                        List.of(r(1, 39), r(61, 100))),
                Arguments.of("pairs out of order, one inside another",
                        List.of(pair("GS", "7", 50, 90), pair("GS", "7", 10, 20), pair("GS", "7", 60, 70)), "GS", "7",
                        r(1, 100), List.of(r(1, 9), r(21, 49), r(91, 100))),
                Arguments.of("adjacent pairs leave no gap", List.of(pair("GS", "7", 1, 10), pair("GS", "7", 11, 20)), "GS", "7",
                        r(5, 30), List.of(r(21, 30))),
                Arguments.of("overlapping pairs bridge a stretch",
                        List.of(pair("GS", "7", 1, 30), pair("GS", "7", 25, 60), pair("GS", "7", 70, 80)), "GS", "7", r(1, 100),
                        List.of(r(61, 69), r(81, 100))),
                Arguments.of("a pair covering the whole block", List.of(pair("GS", "7", 1, 1000)), "GS", "7", r(10, 20), List.of()),
                Arguments.of("a pair ending at the block's first unit", List.of(pair("GS", "7", 1, 10)), "GS", "7", r(10, 20),
                        List.of(r(11, 20))),
                Arguments.of("a pair starting at the block's last unit", List.of(pair("GS", "7", 20, 30)), "GS", "7", r(10, 20),
                        List.of(r(10, 19))),
                Arguments.of("another issuance of a program numbering per issuance", List.of(pair("GS", "8", 1, 100)),
                        "GS", "7", r(1, 100), List.of(r(1, 100))),
                Arguments.of("another registry", List.of(pair("ACR", "7", 1, 100)), "GS", "7", r(1, 100), List.of(r(1, 100))),
                Arguments.of("Verra's units under another issuance id are the same units",
                        List.of(pair("VCS", "10453", 219062468L, 219064467L)), "VCS", "910453", r(219063000L, 219065000L),
                        List.of(r(219064468L, 219065000L))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void unpairedUnits(String why, List<ItmoPair> pairs, String registry, String issuance, SerialRange block,
                       List<SerialRange> unpaired) {
        assertThat(PairedUnits.of(pairs).unpaired(registry, issuance, block)).isEqualTo(unpaired);
    }
}
