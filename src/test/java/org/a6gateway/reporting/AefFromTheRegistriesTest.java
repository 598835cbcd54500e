package org.a6gateway.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.a6gateway.reporting.Table4Elections.Method;
import org.a6gateway.reporting.Table4Elections.Mode;
import org.a6gateway.reporting.Table4Elections.Scope;
import org.a6gateway.reporting.Table4Elections.Target;
import org.a6gateway.testing.SyncedGateway;
import org.a6gateway.units.ItmoIdentifier;
import org.a6gateway.units.Party;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The AEF of real and synthetic Parties after one sync: its first transfers tie to Table 4, every
 * row has its 27 columns with "NA" where nothing applies and ITMO ids that count its quantity,
 * the seeded NDC-only authorization is flagged, and the xlsx reads back like the official layout.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = SyncedGateway.CONTEXT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AefFromTheRegistriesTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    AefExport export;

    @Autowired
    Table4Reports table4;

    @BeforeAll
    void syncOnce() {
        SyncedGateway.syncOnce(context, port);
    }

    /** Keeps every row of every table, and the checks. */
    static final class Recording implements AefSink {
        final Map<AefTable, List<List<Object>>> rows = new EnumMap<>(AefTable.class);
        List<PreSubmissionCheck> checks;
        private AefTable current;

        @Override
        public void startTable(AefTable table) {
            current = table;
            rows.put(table, new ArrayList<>());
        }

        @Override
        public void row(List<Object> values) {
            rows.get(current).add(values);
        }

        @Override
        public void endTable() {
            current = null;
        }

        @Override
        public void finish(List<PreSubmissionCheck> checks) {
            this.checks = checks;
        }
    }

    private Recording aef(String party, int year) throws Exception {
        var recording = new Recording();
        export.write(new AefRequest(Party.of(party), year, LocalDate.of(2027, 4, 15), 2021, 2030), recording);
        return recording;
    }

    private static int column(AefTable table, String name) {
        return table.columns().indexOf(name);
    }

    @Test
    void madagascarsFirstTransfersEachYearAreTable4RowsFiveAndSix() throws Exception {
        var corrected = table4.produce(new Table4Elections(Party.of("MDG"), 2021, 2026, Scope.ALL, Mode.CORRECTED,
                Target.SINGLE_YEAR, Method.TRAJECTORY, 2024, new TreeMap<>(), new TreeMap<>())).table();
        long total = 0;
        for (int year = 2021; year <= 2026; year++) {
            var aef = aef("MDG", year);
            long firstTransferred = aef.rows.get(AefTable.T3).stream()
                    .filter(r -> r.get(column(AefTable.T3, "Action type")).equals("First transfer"))
                    .mapToLong(r -> ((Number) r.get(column(AefTable.T3, "Quantity (t CO2 eq)"))).longValue()).sum();
            var expected = corrected.cell(5, year).number().add(corrected.cell(6, year).number());
            assertThat(BigDecimal.valueOf(firstTransferred)).as("MDG " + year).isEqualByComparingTo(expected);
            assertThat(aef.checks).as("MDG " + year).allMatch(PreSubmissionCheck::passed);
            total += firstTransferred;
        }
        assertThat(total).isPositive();
    }

    @Test
    void everyActionRowHasItsColumnsAndIdsThatCountItsQuantity() throws Exception {
        var aef = aef("MDG", 2024);
        var actions = aef.rows.get(AefTable.T3);

        assertThat(actions).isNotEmpty().allSatisfy(row -> {
            assertThat(row).hasSize(27).doesNotContainNull();
            var first = ItmoIdentifier.parse((String) row.get(column(AefTable.T3, "First unique identifier")));
            var last = ItmoIdentifier.parse((String) row.get(column(AefTable.T3, "Last unique identifier")));
            long quantity = ((Number) row.get(column(AefTable.T3, "Quantity (t CO2 eq)"))).longValue();
            long firstUnit = ((Number) row.get(column(AefTable.T3, "Underlying unit block start ID"))).longValue();
            long lastUnit = ((Number) row.get(column(AefTable.T3, "Underlying unit block last ID"))).longValue();
            assertThat(last.serial().subtract(first.serial()).add(BigInteger.ONE)).isEqualTo(BigInteger.valueOf(quantity));
            assertThat(lastUnit - firstUnit + 1).isEqualTo(quantity);
            assertThat(row.get(column(AefTable.T3, "Acquiring participating Party"))).isEqualTo(AefTable.NA);
            assertThat(row.get(column(AefTable.T3, "Consistency check"))).isEqualTo("Consistent");
        });
        assertThat(aef.rows.get(AefTable.T1)).containsExactly(List.of("MDG", "1.0", 2024, LocalDate.of(2027, 4, 15), 2021, 2030));
        assertThat(aef.rows.get(AefTable.T4)).isNotEmpty().allSatisfy(row -> assertThat(row).hasSize(AefTable.T4.columns().size()));
    }

    @Test
    void theDemosNdcOnlyAuthorizationFirstTransferredAtAuthorizationIsFlagged() throws Exception {
        var aef = aef("KOR", 2025);

        assertThat(aef.rows.get(AefTable.T3)).filteredOn(r -> r.get(column(AefTable.T3, "Authorization ID")).equals("KOR-KVS-S106"))
                .singleElement().satisfies(row -> {
                    assertThat(row.get(column(AefTable.T3, "Consistency check"))).isEqualTo("Inconsistent");
                    assertThat((String) row.get(column(AefTable.T3, "Explanation"))).contains("for NDC use only");
                });
        assertThat(aef.checks).filteredOn(c -> c.name().equals(AefChecks.AUTHORIZATION)).singleElement()
                .satisfies(c -> assertThat(c.passed()).isFalse());
    }

    @Test
    void theXlsxHasATitleGroupHeadersOverColumnNamesAndNumbersAsNumbers() throws Exception {
        var bytes = new ByteArrayOutputStream();
        export.write(new AefRequest(Party.of("MDG"), 2024, LocalDate.of(2027, 4, 15), 2021, 2030), new AefXlsx(bytes));

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(6);
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(2), workbook.getSheetName(5)))
                    .containsExactly("T1", "T3", "Checks");
            var t3 = workbook.getSheet("T3");
            assertThat(t3.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Table 3: Actions");
            assertThat(t3.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Action");
            assertThat(t3.getMergedRegions()).hasSize((int) AefTable.T3.groups().stream().filter(g -> g.columns().size() > 1).count());
            var names = new ArrayList<String>();
            t3.getRow(3).forEach(cell -> names.add(cell.getStringCellValue()));
            assertThat(names).isEqualTo(AefTable.T3.columns());
            var first = t3.getRow(4);
            assertThat(first.getCell(column(AefTable.T3, "Quantity (t CO2 eq)")).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(column(AefTable.T3, "Mitigation type")).getStringCellValue()).isEqualTo("NA");
            assertThat(t3.getLastRowNum() - 3).isEqualTo(aef("MDG", 2024).rows.get(AefTable.T3).size());
        }
    }
}
