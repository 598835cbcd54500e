package org.a6gateway.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStatus;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStatus;
import org.a6gateway.nationalrecords.CoveredActivity;
import org.a6gateway.nationalrecords.FirstTransferDefinition;
import org.a6gateway.units.Purpose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuthorizationCoverageTest {

    /** Madagascar's VCS 2313, as the real fixture has it: authorized 2024 for NDC and OIMP. */
    static AuthorizationRecord madagascar2313(AuthorizationStatus status, Integer vintageFrom, Integer vintageTo,
                                              LocalDate mitigationFrom, LocalDate mitigationTo) {
        return new AuthorizationRecord("national-registry", "MDG-VCS-2313", 1, status, "MDG", null, 2024,
                "CA0043", true, null, "GHG", null, null, Set.of(Purpose.NDC, Purpose.OIMP), null,
                FirstTransferDefinition.AUTHORISATION, vintageFrom, vintageTo, mitigationFrom, mitigationTo,
                null, null, null, null, null, null, null, null,
                List.of(new CoveredActivity("VCS", "2313", "MG")), false);
    }

    static BlockRecord block(String program, String project, String country, int vintage) {
        return new BlockRecord("vcm-registry", "b1", 1,
                "16745-789819583-789840470-VCS-VCU-842-VER-MG-3-2312-01012021-31122021-1", program, "VCU",
                project, null, country, vintage, LocalDate.of(vintage, 1, 1), LocalDate.of(vintage, 12, 31),
                "16745", LocalDate.of(2024, 5, 31), 789819583L, 789840470L, BigDecimal.ONE, BlockStatus.ISSUED,
                null, null, List.of(), null);
    }

    static Stream<Arguments> cases() {
        var open = madagascar2313(AuthorizationStatus.ACTIVE, null, null, null, null);
        return Stream.of(
                Arguments.of("same project and country", open, block("VCS", "2313", "MG", 2021), null),
                Arguments.of("other project", open, block("VCS", "2312", "MG", 2021), UnmatchedReason.NO_AUTHORIZATION),
                Arguments.of("other registry, same number", open, block("GS", "2313", "MG", 2021), UnmatchedReason.NO_AUTHORIZATION),
                Arguments.of("other host country", open, block("VCS", "2313", "KH", 2021), UnmatchedReason.NO_AUTHORIZATION),
                Arguments.of("revoked", madagascar2313(AuthorizationStatus.REVOKED, null, null, null, null),
                        block("VCS", "2313", "MG", 2021), UnmatchedReason.AUTHORIZATION_REVOKED),
                Arguments.of("vintage on the first authorized year", madagascar2313(AuthorizationStatus.ACTIVE, 2021, 2030, null, null),
                        block("VCS", "2313", "MG", 2021), null),
                Arguments.of("vintage a year before", madagascar2313(AuthorizationStatus.ACTIVE, 2022, 2030, null, null),
                        block("VCS", "2313", "MG", 2021), UnmatchedReason.VINTAGE_OUTSIDE_AUTHORIZATION),
                Arguments.of("vintage a year after", madagascar2313(AuthorizationStatus.ACTIVE, 2015, 2020, null, null),
                        block("VCS", "2313", "MG", 2021), UnmatchedReason.VINTAGE_OUTSIDE_AUTHORIZATION),
                Arguments.of("mitigation ends on the last authorized day",
                        madagascar2313(AuthorizationStatus.ACTIVE, null, null, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)),
                        block("VCS", "2313", "MG", 2021), null),
                Arguments.of("mitigation ends a day late",
                        madagascar2313(AuthorizationStatus.ACTIVE, null, null, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 30)),
                        block("VCS", "2313", "MG", 2021), UnmatchedReason.MITIGATION_OUTSIDE_TIMEFRAME),
                Arguments.of("mitigation starts a day early",
                        madagascar2313(AuthorizationStatus.ACTIVE, null, null, LocalDate.of(2021, 1, 2), null),
                        block("VCS", "2313", "MG", 2021), UnmatchedReason.MITIGATION_OUTSIDE_TIMEFRAME));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesABlockToTheAuthorizationThatCoversIt(String name, AuthorizationRecord authorization,
                                                     BlockRecord block, UnmatchedReason expected) {
        var match = new AuthorizationCoverage(List.of(authorization)).match(block);

        assertThat(match.reason()).isEqualTo(expected);
        assertThat(match.isMatched()).isEqualTo(expected == null);
        if (expected == null) {
            assertThat(match.authorization().authorizationId()).isEqualTo("MDG-VCS-2313");
        }
    }
}
