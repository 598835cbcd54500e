package org.a6gateway.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeMap;
import org.a6gateway.nationalrecords.FirstTransferDefinition;
import org.a6gateway.reporting.Table4Elections.Method;
import org.a6gateway.reporting.Table4Elections.Mode;
import org.a6gateway.reporting.Table4Elections.Scope;
import org.a6gateway.reporting.Table4Elections.Target;
import org.a6gateway.units.Party;
import org.a6gateway.units.SerialRange;
import org.junit.jupiter.api.Test;

/** Each pre-submission check passes on consistent units and flags one seeded inconsistency of its kind. */
class Table4ChecksTest {

    private static final String SERIAL = "GS1-1-TZ-GS11732-16-2023-28108-103008-103599";

    private static ReportedUnits units(String serial, String authorizationId, long first, long last, String tonnes, Long cap) {
        return new ReportedUnits(serial, "GS", "28108", SerialRange.of(first, last), 2023, new BigDecimal(tonnes), authorizationId,
                false, FirstTransferDefinition.AUTHORISATION, 2025, 2025, true, cap, 2025, null);
    }

    private static final ReportedUnits CONSISTENT = units(SERIAL, "TZA-GS-11732", 103008, 103599, "592", 1000L);

    private static Table4 table(List<ReportedUnits> units) {
        var e = new Table4Elections(Party.of("TZA"), 2021, 2026, Scope.ALL, Mode.CORRECTED, Target.SINGLE_YEAR, Method.TRAJECTORY,
                2024, new TreeMap<>(), new TreeMap<>());
        return new Table4Calculator().compute(e, units);
    }

    @Test
    void consistentUnitsPassEveryCheck() {
        assertThat(Table4Checks.run(table(List.of(CONSISTENT)), List.of(CONSISTENT))).hasSize(4).allMatch(PreSubmissionCheck::passed);
    }

    @Test
    void aMalformedSerialAnAuthorizationIdWithStrayCharactersAndUnitsOutsideTheSerialAreFlagged() {
        var malformed = units("GS1-1-TZ-GS117x2-16-2023-28108-103008-103599", "TZA-GS-11732", 103008, 103599, "592", null);
        var badId = units(SERIAL, "TZA#11732", 103008, 103599, "592", null);
        var outside = units(SERIAL, "TZA-GS-11732", 103500, 103700, "201", null);

        var check = Table4Checks.identifiers(List.of(CONSISTENT, malformed, badId, outside));

        assertThat(check.failures()).extracting(PreSubmissionCheck.Failure::detail).hasSize(3)
                .anySatisfy(d -> assertThat(d).contains("project"))
                .anySatisfy(d -> assertThat(d).contains("authorization id 'TZA#11732'"))
                .anySatisfy(d -> assertThat(d).contains("not GS 103500-103700"));
    }

    @Test
    void tonnesThatAreNotTheRangeTimesTheUnitSizeAreFlagged() {
        var check = Table4Checks.quantities(List.of(CONSISTENT, units(SERIAL, "TZA-GS-11732", 103008, 103599, "593", null)));

        assertThat(check.failures()).singleElement()
                .satisfies(f -> assertThat(f.detail()).isEqualTo("593 t reported, (last − first + 1) × unit size = 592 t"));
    }

    @Test
    void unitsBeyondTheirAuthorizationsCapAreFlagged() {
        var check = Table4Checks.caps(List.of(units(SERIAL, "TZA-GS-11732", 103008, 103599, "592", 500L)));

        assertThat(check.failures()).singleElement()
                .satisfies(f -> assertThat(f.where() + ": " + f.detail()).isEqualTo("authorization TZA-GS-11732: 592 t reported, cap 500 t"));
    }

    @Test
    void aFigureThatDoesNotTieToItsUnitsOrToTheOtherRowsIsFlagged() {
        var table = table(List.of(CONSISTENT));
        table.rows().get(6).put(2025, Cell.of(new BigDecimal("600")));

        var check = Table4Checks.totals(table);

        assertThat(check.failures()).extracting(f -> f.where() + ": " + f.detail())
                .containsExactly("row 6, 2025: shows 600, expected 592", "row 8, 2025: shows 592, expected 600");
    }
}
