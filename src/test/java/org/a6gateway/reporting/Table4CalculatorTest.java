package org.a6gateway.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.a6gateway.nationalrecords.FirstTransferDefinition;
import org.a6gateway.reporting.Table4Elections.Method;
import org.a6gateway.reporting.Table4Elections.Mode;
import org.a6gateway.reporting.Table4Elections.Scope;
import org.a6gateway.reporting.Table4Elections.Target;
import org.a6gateway.units.Party;
import org.a6gateway.units.SerialRange;
import org.junit.jupiter.api.Test;

/** Table 4 rows 5–12 by the rules of docs/domain.md §6, one rule a case, on hand-made units. */
class Table4CalculatorTest {

    private final Table4Calculator calculator = new Table4Calculator();
    private long nextUnit = 1;

    /** 2021–2024, single-year, trajectory, inventory to 2023, all authorizations. */
    private static Table4Elections elections(Mode mode) {
        return new Table4Elections(Party.of("TZA"), 2021, 2024, Scope.ALL, mode, Target.SINGLE_YEAR, Method.TRAJECTORY, 2023,
                new TreeMap<>(), new TreeMap<>());
    }

    private ReportedUnits units(long tonnes, int vintage, boolean ndc, FirstTransferDefinition definition, int authorizationYear,
                                int issuanceYear, boolean onCarp, Integer firstTransferYear) {
        var range = SerialRange.ofQuantity(nextUnit, tonnes);
        nextUnit += tonnes;
        return new ReportedUnits("GS1-1-TZ-GS1-16-" + vintage + "-1-" + range.start() + "-" + range.end(), "GS", "1", range,
                vintage, BigDecimal.valueOf(tonnes), "TZA-1", ndc, definition, authorizationYear, issuanceYear, onCarp, null,
                firstTransferYear, firstTransferYear == null ? "NO_FIRST_INTERNATIONAL_TRANSFER" : null);
    }

    private static Map<Integer, String> row(Table4 table, int row) {
        return table.rows().get(row).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toString(), (a, b) -> a, TreeMap::new));
    }

    private static Map<Integer, String> years(String y2021, String y2022, String y2023, String y2024) {
        return new TreeMap<>(Map.of(2021, y2021, 2022, y2022, 2023, y2023, 2024, y2024));
    }

    @Test
    void authorisationCountsInTheAuthorizationYearAndIssuanceInTheIssuanceYear() {
        var table = calculator.compute(elections(Mode.TOOL_COMPATIBLE), List.of(
                units(100, 2021, true, FirstTransferDefinition.AUTHORISATION, 2022, 2021, true, 2022),
                units(40, 2022, false, FirstTransferDefinition.ISSUANCE, 2021, 2023, true, 2023),
                units(7, 2022, true, FirstTransferDefinition.ISSUANCE, 2021, 2024, true, 2024)));

        assertThat(row(table, 5)).isEqualTo(years("0", "100", "0", "7"));
        assertThat(row(table, 6)).as("authorized only for other purposes").isEqualTo(years("0", "0", "40", "0"));
        assertThat(row(table, 8)).isEqualTo(years("0", "100", "40", "7"));
        assertThat(row(table, 10)).as("by vintage, whatever the purpose").isEqualTo(years("100", "47", "0", "0"));
        assertThat(row(table, 11)).isEqualTo(years("0", "100", "140", "147"));
        assertThat(table.audit().get(10).get(2022)).extracting(ReportedUnits::tonnes)
                .containsExactly(BigDecimal.valueOf(40), BigDecimal.valueOf(7));
    }

    @Test
    void theUsedItmosOfRowSevenComeOffRowsEightAndTen() {
        var e = elections(Mode.TOOL_COMPATIBLE);
        e.used().put(2022, new BigDecimal("30"));

        var table = calculator.compute(e, List.of(units(100, 2022, true, FirstTransferDefinition.AUTHORISATION, 2022, 2022, true, 2022)));

        assertThat(row(table, 7)).isEqualTo(years("", "30", "", ""));
        assertThat(row(table, 8)).isEqualTo(years("0", "70", "0", "0"));
        assertThat(row(table, 10)).isEqualTo(years("0", "70", "0", "0"));
    }

    @Test
    void firstInternationalTransferIsCountedByTheToolAndLeftOutCorrected() {
        var transferred = units(60, 2022, true, FirstTransferDefinition.FIRST_INTERNATIONAL_TRANSFER, 2021, 2022, true, 2023);
        var pending = units(40, 2022, true, FirstTransferDefinition.FIRST_INTERNATIONAL_TRANSFER, 2021, 2022, true, null);

        var tool = calculator.compute(elections(Mode.TOOL_COMPATIBLE), List.of(transferred, pending));
        var corrected = calculator.compute(elections(Mode.CORRECTED), List.of(transferred, pending));

        assertThat(row(tool, 5)).as("the tool cannot date a first international transfer").isEqualTo(years("0", "0", "0", "0"));
        assertThat(row(tool, 10)).isEqualTo(years("0", "100", "0", "0"));
        assertThat(tool.unresolved()).isEmpty();
        assertThat(row(corrected, 5)).isEqualTo(years("0", "0", "60", "0"));
        assertThat(row(corrected, 10)).isEqualTo(years("0", "60", "0", "0"));
        assertThat(corrected.unresolved()).containsExactly(pending);
        assertThat(Table4Reports.difference(tool, corrected)).isEqualTo(Map.of(
                5, new TreeMap<>(Map.of(2023, new BigDecimal("60"))), 8, new TreeMap<>(Map.of(2023, new BigDecimal("60"))),
                10, new TreeMap<>(Map.of(2022, new BigDecimal("-40"))),
                11, new TreeMap<>(Map.of(2023, new BigDecimal("60"), 2024, new BigDecimal("60")))));
    }

    @Test
    void averagingDividesTheNetSumByTheYearsUpToTheInventoryRoundedToTheKilogram() {
        var e = new Table4Elections(Party.of("TZA"), 2021, 2024, Scope.ALL, Mode.TOOL_COMPATIBLE, Target.SINGLE_YEAR,
                Method.AVERAGING, 2023, new TreeMap<>(), new TreeMap<>());

        var table = calculator.compute(e, List.of(units(100, 2021, true, FirstTransferDefinition.AUTHORISATION, 2022, 2021, true, 2022)));

        assertThat(row(table, 9)).as("100 / 3 years").isEqualTo(years("33.333", "33.333", "33.333", ""));
        assertThat(row(table, 10)).isEqualTo(row(table, 9));
        assertThat(row(table, 12)).isEqualTo(years("-33.333", "-33.333", "-33.333", ""));
    }

    @Test
    void aMultiYearNdcOrATrajectoryHasNoAverage() {
        var multi = new Table4Elections(Party.of("TZA"), 2021, 2024, Scope.ALL, Mode.TOOL_COMPATIBLE, Target.MULTI_YEAR,
                Method.AVERAGING, 2023, new TreeMap<>(), new TreeMap<>());

        assertThat(row(calculator.compute(multi, List.of()), 9)).isEqualTo(years("N/A", "N/A", "N/A", "N/A"));
        assertThat(row(calculator.compute(elections(Mode.TOOL_COMPATIBLE), List.of()), 9)).isEqualTo(years("N/A", "N/A", "N/A", "N/A"));
    }

    @Test
    void theBalanceRunsToTheInventoryYearTakingAMissingFigureAsZeroOnlyInToolMode() {
        var units = List.of(units(100, 2022, true, FirstTransferDefinition.AUTHORISATION, 2022, 2022, true, 2022));
        var tool = elections(Mode.TOOL_COMPATIBLE);
        tool.inventory().put(2022, new BigDecimal("1000"));
        var corrected = tool.withMode(Mode.CORRECTED);

        assertThat(row(calculator.compute(tool, units), 12)).isEqualTo(years("0", "900", "0", ""));
        assertThat(row(calculator.compute(corrected, units), 12)).isEqualTo(years("", "900", "", ""));
    }

    @Test
    void theCarpScopeKeepsOnlyAuthorizationsPublishedOnThePlatform() {
        var published = units(10, 2021, true, FirstTransferDefinition.AUTHORISATION, 2021, 2021, true, 2021);
        var unpublished = units(5, 2021, true, FirstTransferDefinition.AUTHORISATION, 2021, 2021, false, 2021);
        var carp = new Table4Elections(Party.of("TZA"), 2021, 2024, Scope.CARP, Mode.TOOL_COMPATIBLE, Target.SINGLE_YEAR,
                Method.TRAJECTORY, 2023, new TreeMap<>(), new TreeMap<>());

        assertThat(row(calculator.compute(carp, List.of(published, unpublished)), 5)).isEqualTo(years("10", "0", "0", "0"));
        assertThat(row(calculator.compute(elections(Mode.TOOL_COMPATIBLE), List.of(published, unpublished)), 5))
                .isEqualTo(years("15", "0", "0", "0"));
    }

    @Test
    void unitsOfAVintageOutsideTheYearsCountNowhere() {
        var table = calculator.compute(elections(Mode.TOOL_COMPATIBLE),
                List.of(units(10, 2019, true, FirstTransferDefinition.AUTHORISATION, 2019, 2020, true, 2019)));

        Table4.ROWS.stream().filter(r -> r != 7 && r != 9 && r != 12)
                .forEach(r -> assertThat(row(table, r)).as("row " + r).isEqualTo(years("0", "0", "0", "0")));
    }

    @Test
    void electionsRefuseWhatTheyCannotTake() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Table4Elections.parse(Mode.class, "strict", "--mode"))
                .hasMessage("--mode 'strict' is not one of tool-compatible, corrected");
        assertThat(Table4Elections.parse(Target.class, "multi-year", "--target")).isEqualTo(Target.MULTI_YEAR);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Table4Elections(Party.of("TZA"), 2026, 2021, Scope.ALL,
                Mode.CORRECTED, Target.SINGLE_YEAR, Method.TRAJECTORY, 2024, new TreeMap<>(), new TreeMap<>()))
                .hasMessage("years 2026-2021 run backwards");
    }
}
