package org.a6gateway.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStatus;
import org.a6gateway.nationalrecords.CoveredActivity;
import org.a6gateway.nationalrecords.FirstTransferDefinition;
import org.a6gateway.reporting.AefRecords.Action;
import org.a6gateway.reporting.AefRecords.Pair;
import org.a6gateway.units.ItmoPair;
import org.a6gateway.units.Purpose;
import org.a6gateway.units.SerialRange;
import org.junit.jupiter.api.Test;

/** Each AEF pre-submission check passes a consistent row and flags one seeded inconsistency of its kind. */
class AefChecksTest {

    private static AuthorizationRecord authorization(AuthorizationStatus status, Set<Purpose> purposes, Integer vintageTo, Long cap) {
        return new AuthorizationRecord("national-registry", "MDG-VCS-2311", 1, status, "MDG", LocalDate.of(2024, 3, 1), 2024, "CA0043",
                true, cap, "GHG", null, null, purposes, null, FirstTransferDefinition.AUTHORISATION, 2018, vintageTo, null, null,
                null, null, List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(new CoveredActivity("VCS", "2311", "MG")),
                false);
    }

    private static final AuthorizationRecord ACTIVE = authorization(AuthorizationStatus.ACTIVE, Set.of(Purpose.NDC, Purpose.OIMP), 2025, null);

    private static Pair pair(long first, long last, long quantity) {
        var minted = ItmoPair.mint("CA0043", "MDG01", "MDG", 2021, "VCS", "16345", SerialRange.of(first, last));
        return new Pair(minted.itmo().first().toString(), minted.itmo().last().toString(), "VCS", "16345", SerialRange.of(first, last),
                quantity, 1, "MDG-VCS-2311", "authorization", LocalDate.of(2024, 3, 1), 2024);
    }

    private static final Pair CONSISTENT = pair(1001, 2000, 1000);

    private static AefChecks checks(AuthorizationRecord a, List<Pair> pairs) {
        var checks = new AefChecks(Map.of(a.authorizationId(), a), pairs);
        pairs.forEach(checks::countTowardsCap);
        return checks;
    }

    private static Map<String, Integer> failing(AefChecks checks) {
        return checks.results().stream().filter(c -> !c.passed())
                .collect(java.util.stream.Collectors.toMap(PreSubmissionCheck::name, c -> c.failures().size()));
    }

    @Test
    void aConsistentFirstTransferAndAUseOfItsUnitsPassEveryCheck() {
        var checks = checks(ACTIVE, List.of(CONSISTENT));
        var use = new Action("USE-1", "USE", LocalDate.of(2025, 2, 1), "MDG-VCS-2311", "VCS", "16345", SerialRange.of(1001, 1500),
                CONSISTENT.firstItmoId(), null, 500);

        assertThat(checks.of(CONSISTENT)).isEmpty();
        assertThat(checks.of(new Action(use.actionId(), use.type(), use.date(), use.authorizationId(), use.registry(), use.issuance(),
                use.units(), CONSISTENT.firstItmoId(), lastOf(1001, 1500), 500))).isEmpty();
        assertThat(checks.results()).hasSize(4).allMatch(PreSubmissionCheck::passed);
    }

    @Test
    void aMalformedItmoIdIsFlagged() {
        var broken = new Pair("CA43-MDG01-MDG-1-2021", CONSISTENT.lastItmoId(), "VCS", "16345", CONSISTENT.units(), 1000, 1,
                "MDG-VCS-2311", "authorization", LocalDate.of(2024, 3, 1), 2024);
        var checks = checks(ACTIVE, List.of(broken));

        assertThat(checks.of(broken)).singleElement().satisfies(f -> assertThat(f.detail()).contains("not one well-formed series"));
        assertThat(failing(checks)).isEqualTo(Map.of(AefChecks.ITMO_ID_WELL_FORMED, 1));
    }

    @Test
    void aQuantityThatIsNotLastMinusFirstPlusOneIsFlagged() {
        var wrong = pair(1001, 2000, 999);
        var checks = checks(ACTIVE, List.of(wrong));

        assertThat(checks.of(wrong)).singleElement()
                .satisfies(f -> assertThat(f.detail()).isEqualTo("quantity 999 but last − first + 1 = 1000 ITMOs and 1000 underlying units"));
        assertThat(failing(checks)).isEqualTo(Map.of(AefChecks.QUANTITY, 1));
    }

    @Test
    void kilogramUnitsUnderADeclaredConversionAreWholeItmosNotAQuantityError() {
        var units = SerialRange.of(1_000_001, 1_750_000);
        var minted = ItmoPair.mint("CA0043", "MDG01", "MDG", 2021, "VCS", "16345", units, 1000);
        var kilograms = new Pair(minted.itmo().first().toString(), minted.itmo().last().toString(), "VCS", "16345", units, 750, 1000,
                "MDG-VCS-2311", "authorization", LocalDate.of(2024, 3, 1), 2024);
        var counted = new Pair(kilograms.firstItmoId(), kilograms.lastItmoId(), "VCS", "16345", SerialRange.of(1_000_001, 1_700_000),
                750, 1000, "MDG-VCS-2311", "authorization", LocalDate.of(2024, 3, 1), 2024);
        var use = new Action("USE-K", "USE", LocalDate.of(2025, 2, 1), "MDG-VCS-2311", "VCS", "16345", SerialRange.of(1_000_001, 1_010_000),
                kilograms.firstItmoId(), minted.itmo().first().plus(9).toString(), 10);
        var checks = checks(ACTIVE, List.of(kilograms));

        assertThat(checks.of(kilograms)).isEmpty();
        assertThat(checks.of(use)).isEmpty();
        assertThat(checks(ACTIVE, List.of(counted)).of(counted)).extracting(PreSubmissionCheck.Failure::detail)
                .containsExactly("quantity 750 but last − first + 1 = 750 ITMOs and 700000 underlying units (1000 an ITMO)");
    }

    @Test
    void anActionAgainstItsAuthorizationIsFlaggedForRevocationPurposeTimeframeAndCap() {
        var revoked = checks(authorization(AuthorizationStatus.REVOKED, Set.of(Purpose.OIMP), 2025, null), List.of(CONSISTENT));
        var ndcOnly = checks(authorization(AuthorizationStatus.ACTIVE, Set.of(Purpose.NDC), 2025, null), List.of(CONSISTENT));
        var earlyVintages = checks(authorization(AuthorizationStatus.ACTIVE, Set.of(Purpose.OIMP), 2020, null), List.of(CONSISTENT));
        var second = pair(2001, 2600, 600);
        var capped = checks(authorization(AuthorizationStatus.ACTIVE, Set.of(Purpose.OIMP), 2025, 1500L), List.of(CONSISTENT, second));

        assertThat(revoked.of(CONSISTENT)).extracting(PreSubmissionCheck.Failure::detail).containsExactly("authorization MDG-VCS-2311 is revoked");
        assertThat(ndcOnly.of(CONSISTENT)).extracting(PreSubmissionCheck.Failure::detail).singleElement().asString()
                .contains("for NDC use only");
        assertThat(earlyVintages.of(CONSISTENT)).extracting(PreSubmissionCheck.Failure::detail)
                .containsExactly("vintage 2021 outside the authorized 2018–2020");
        assertThat(capped.of(CONSISTENT)).isEmpty();
        assertThat(capped.of(second)).extracting(PreSubmissionCheck.Failure::detail).singleElement().asString()
                .contains("reach 1600 t, beyond its cap of 1500 t");
        assertThat(failing(capped)).isEqualTo(Map.of(AefChecks.AUTHORIZATION, 1));
    }

    @Test
    void aUseOfUnitsThePartyDoesNotHoldIsFlagged() {
        var checks = checks(ACTIVE, List.of(CONSISTENT));
        var beyond = new Action("USE-2", "USE", LocalDate.of(2025, 2, 1), "MDG-VCS-2311", "VCS", "16345", SerialRange.of(1501, 2500),
                firstOf(1501, 2500), lastOf(1501, 2500), 1000);
        var beforeTransfer = new Action("USE-3", "USE", LocalDate.of(2024, 1, 5), "MDG-VCS-2311", "VCS", "16345", SerialRange.of(1001, 1100),
                firstOf(1001, 1100), lastOf(1001, 1100), 100);

        assertThat(checks.of(beyond)).extracting(PreSubmissionCheck.Failure::detail).singleElement().asString()
                .contains("use of units no ITMO block of the Party first transferred by 2025-02-01 holds");
        assertThat(checks.of(beforeTransfer)).hasSize(1);
        assertThat(failing(checks)).isEqualTo(Map.of(AefChecks.HOLDINGS, 2));
    }

    private static String firstOf(long first, long last) {
        return ItmoPair.mint("CA0043", "MDG01", "MDG", 2021, "VCS", "16345", SerialRange.of(first, last)).itmo().first().toString();
    }

    private static String lastOf(long first, long last) {
        return ItmoPair.mint("CA0043", "MDG01", "MDG", 2021, "VCS", "16345", SerialRange.of(first, last)).itmo().last().toString();
    }
}
