package org.a6gateway.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.a6gateway.reporting.Table4Elections.Method;
import org.a6gateway.reporting.Table4Elections.Mode;
import org.a6gateway.reporting.Table4Elections.Scope;
import org.a6gateway.reporting.Table4Elections.Target;
import org.a6gateway.testing.SyncedGateway;
import org.a6gateway.units.Party;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Table 4 of every real Party, from what one sync ingested from the simulated registries, set
 * against the GS/Verra reporting tool v1: its published figures for Tanzania, and for all 14
 * Parties the tool's sums restated over the published fixture (gateway/seed), row by row.
 * Every figure of rows 5, 6 and 10 is the sum of the units its audit lists, and the real data
 * passes every pre-submission check.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = SyncedGateway.CONTEXT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Table4FromTheRegistriesTest {

    private static final int FIRST = 2021;
    private static final int LAST = 2026;
    private static final int INVENTORY_YEAR = 2024;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Table4Reports reports;

    private List<FixtureRow> fixture;

    @BeforeAll
    void syncOnce() throws IOException {
        SyncedGateway.syncOnce(context, port);
        fixture = Files.readAllLines(Path.of("gateway/seed/article6-authorized-blocks.csv")).stream().skip(1)
                .map(FixtureRow::parse).toList();
    }

    /** One published block, as the tool's "Detailed Credit Data" holds it. */
    record FixtureRow(String country, long volume, int vintage, String definition, int authorizationYear, int issuanceYear,
                      boolean ndc, boolean onCarp) {

        static FixtureRow parse(String line) {
            var f = line.split(",", -1);
            return new FixtureRow(f[5], Long.parseLong(f[2]), Integer.parseInt(f[4]), f[6], Integer.parseInt(f[7]),
                    Integer.parseInt(f[9]), f[10].equals("1"), f[13].equals("1"));
        }

        boolean firstTransferredIn(int year) {
            return definition.equals("Authorisation") && authorizationYear == year
                    || definition.equals("Issuance") && issuanceYear == year;
        }
    }

    private static Table4Elections elections(String party, Scope scope, Mode mode) {
        return new Table4Elections(Party.of(party), FIRST, LAST, scope, mode, Target.SINGLE_YEAR, Method.TRAJECTORY,
                INVENTORY_YEAR, new TreeMap<>(), new TreeMap<>());
    }

    private static Map<Integer, String> row(Table4 table, int row) {
        var years = new TreeMap<Integer, String>();
        table.rows().get(row).forEach((year, cell) -> years.put(year, cell.toString()));
        return years;
    }

    @Test
    void tanzaniaIsTheFigureTheOfficialWorkbookShips() {
        // The workbook as published ships set for Tanzania: single-year, annual trajectory,
        // inventory to 2024, all authorizations; its cached values of sheet rows 7-14.
        var table = reports.produce(elections("Tanzania", Scope.ALL, Mode.TOOL_COMPATIBLE)).table();

        assertThat(row(table, 5)).isEqualTo(years("0", "0", "0", "0", "0", "0"));
        assertThat(row(table, 6)).isEqualTo(years("0", "0", "0", "0", "180867", "142504"));
        assertThat(row(table, 8)).isEqualTo(years("0", "0", "0", "0", "180867", "142504"));
        assertThat(row(table, 9)).isEqualTo(years("N/A", "N/A", "N/A", "N/A", "N/A", "N/A"));
        assertThat(row(table, 10)).isEqualTo(years("0", "67497", "230126", "25748", "0", "0"));
        assertThat(row(table, 11)).isEqualTo(years("0", "0", "0", "0", "180867", "323371"));
        assertThat(row(table, 12)).isEqualTo(years("0", "-67497", "-230126", "-25748", "", ""));
    }

    @Test
    void everyRealPartyMatchesTheToolsSumsOverThePublishedBlocksInBothScopes() {
        var parties = fixture.stream().map(FixtureRow::country).distinct().sorted().toList();
        assertThat(parties).hasSize(14);
        for (String party : parties) {
            for (Scope scope : Scope.values()) {
                var document = reports.produce(elections(party, scope, Mode.TOOL_COMPATIBLE));
                assertThat(document.checks()).as(party + " " + scope).allSatisfy(check ->
                        assertThat(check.failures()).as(check.name()).isEmpty());
                var table = document.table();
                Predicate<FixtureRow> inScope = r -> r.country().equals(party) && (scope == Scope.ALL || r.onCarp());
                long cumulative = 0;
                for (int y = FIRST; y <= LAST; y++) {
                    int year = y;
                    long ndc = total(inScope.and(r -> r.ndc() && r.firstTransferredIn(year)));
                    long other = total(inScope.and(r -> !r.ndc() && r.firstTransferredIn(year)));
                    long byVintage = total(inScope.and(r -> r.vintage() == year));
                    cumulative += ndc + other;
                    String where = party + " " + scope + " " + y;
                    assertThat(table.cell(5, y).number()).as(where).isEqualByComparingTo(BigDecimal.valueOf(ndc));
                    assertThat(table.cell(6, y).number()).as(where).isEqualByComparingTo(BigDecimal.valueOf(other));
                    assertThat(table.cell(8, y).number()).as(where).isEqualByComparingTo(BigDecimal.valueOf(ndc + other));
                    assertThat(table.cell(10, y).number()).as(where).isEqualByComparingTo(BigDecimal.valueOf(byVintage));
                    assertThat(table.cell(11, y).number()).as(where).isEqualByComparingTo(BigDecimal.valueOf(cumulative));
                    assertThat(table.cell(12, y).toString()).as(where).isEqualTo(y <= INVENTORY_YEAR ? Long.toString(-byVintage) : "");
                }
                tiesToItsUnits(table);
            }
        }
    }

    @Test
    void correctedLeavesOutExactlyTheBlocksAwaitingAFirstInternationalTransfer() {
        for (String party : List.of("Gambia", "Sierra Leone", "Rwanda")) {
            var document = reports.produce(elections(party, Scope.ALL, Mode.CORRECTED));
            Predicate<FixtureRow> awaiting = r -> r.country().equals(party) && r.definition().equals("First international transfer");

            assertThat(document.table().unresolved()).extracting(ReportedUnits::tonnes)
                    .map(BigDecimal::longValueExact).containsExactlyInAnyOrderElementsOf(fixture.stream().filter(awaiting)
                            .map(FixtureRow::volume).toList());
            for (int y = FIRST; y <= LAST; y++) {
                int year = y;
                long leftOut = total(awaiting.and(r -> r.vintage() == year));
                var delta = document.difference().getOrDefault(10, new TreeMap<>()).getOrDefault(y, BigDecimal.ZERO);
                assertThat(delta).as(party + " " + y).isEqualByComparingTo(BigDecimal.valueOf(-leftOut));
            }
            tiesToItsUnits(document.table());
        }
        assertThat(reports.produce(elections("Gambia", Scope.ALL, Mode.CORRECTED)).table().unresolved()).isNotEmpty();
    }

    /**
     * Units the registry revoked are no ITMOs and count nowhere: the demo's revoked block (S215,
     * issuance 2016) and the units it revoked of a paired block (S218, issuance 2019, units
     * 1001-1500) appear in no row and among no unresolved units, while the rest of S218 does.
     */
    @Test
    void revokedUnitsCountNowhereInTable4() {
        var table = reports.produce(elections("South Korea", Scope.ALL, Mode.CORRECTED)).table();
        var listed = new java.util.ArrayList<ReportedUnits>(table.unresolved());
        table.audit().values().forEach(byYear -> byYear.values().forEach(listed::addAll));

        assertThat(listed).noneMatch(u -> u.program().equals("KVS") && u.issuanceId().equals("2016"));
        assertThat(listed).filteredOn(u -> u.program().equals("KVS") && u.issuanceId().equals("2019"))
                .isNotEmpty().noneMatch(u -> u.units().overlaps(org.a6gateway.units.SerialRange.of(1001, 1500)));
        tiesToItsUnits(table);
    }

    private long total(Predicate<FixtureRow> which) {
        return fixture.stream().filter(which).mapToLong(FixtureRow::volume).sum();
    }

    /** Rows 5, 6 and 10 are the sums of the units behind them (row 10 less the ITMOs used). */
    private static void tiesToItsUnits(Table4 table) {
        for (int row : List.of(5, 6, 10)) {
            table.audit().get(row).forEach((year, units) -> {
                var sum = units.stream().map(ReportedUnits::tonnes).reduce(BigDecimal.ZERO, BigDecimal::add);
                var used = table.elections().used().getOrDefault(year, BigDecimal.ZERO);
                assertThat(table.cell(row, year).number()).as("row %d, %d", row, year).isEqualByComparingTo(sum.subtract(row == 10 ? used : BigDecimal.ZERO));
            });
        }
    }

    private static Map<Integer, String> years(String... values) {
        var years = new TreeMap<Integer, String>();
        for (int i = 0; i < values.length; i++) {
            years.put(FIRST + i, values[i]);
        }
        return years;
    }
}
