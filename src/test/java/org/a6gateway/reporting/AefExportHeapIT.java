package org.a6gateway.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStatus;
import org.a6gateway.nationalrecords.AuthorizationStore;
import org.a6gateway.nationalrecords.CoveredActivity;
import org.a6gateway.nationalrecords.FirstTransferDefinition;
import org.a6gateway.units.ItmoPair;
import org.a6gateway.units.Party;
import org.a6gateway.units.Purpose;
import org.a6gateway.units.SerialRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An AEF of 100,000 action rows, from a generated store, written as xlsx in a JVM capped at
 * 512 MB (the failsafe heap-512m execution runs every *HeapIT). Speed is the bench's business.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class AefExportHeapIT {

    private static final int ROWS = 100_000;

    @Autowired
    AuthorizationStore authorizations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AefExport export;

    @TempDir
    Path dir;

    @Test
    void oneHundredThousandActionRowsAreWrittenUnder512Megabytes() throws Exception {
        assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(512L * 1024 * 1024);
        authorizations.store("national-registry", List.of(new AuthorizationRecord("national-registry", "MDG-VCS-9999", 1,
                AuthorizationStatus.ACTIVE, "MDG", LocalDate.of(2025, 1, 15), 2025, "CA0043", true, null, "GHG", null, null,
                Set.of(Purpose.OIMP), null, FirstTransferDefinition.ISSUANCE, null, null, null, null, null, null, List.of(), List.of(),
                List.of(), List.of(), null, List.of(), List.of(new CoveredActivity("VCS", "9999", "MG")), false)));
        generatePairs();
        var file = dir.resolve("aef.xlsx");
        var rows = new int[AefTable.values().length];

        try (OutputStream out = Files.newOutputStream(file)) {
            export.write(new AefRequest(Party.of("MDG"), 2025, LocalDate.of(2026, 4, 15), 2021, 2030), new Counting(new AefXlsx(out), rows));
        }

        assertThat(rows[AefTable.T3.ordinal()]).isEqualTo(ROWS);
        assertThat(rows[AefTable.T4.ordinal()]).isEqualTo(ROWS);
        assertThat(Files.size(file)).isGreaterThan(1_000_000L);
    }

    /** 100,000 ITMO blocks of 10 units each, first transferred at issuance in 2025. */
    private void generatePairs() {
        var batch = new ArrayList<Object[]>();
        for (int i = 0; i < ROWS; i++) {
            var units = SerialRange.ofQuantity(1 + 10L * i, 10);
            var pair = ItmoPair.mint("CA0043", "MDG01", "MDG", 2024, "VCS", "20000", units);
            batch.add(new Object[] {pair.itmo().first().toString(), pair.itmo().last().toString(), "VCS", "20000", units.start(),
                    units.end(), units.quantity(), "MDG-VCS-9999", 1, "issuance", Date.valueOf(LocalDate.of(2025, 3, 1)), 2025});
            if (batch.size() == 5_000) {
                insert(batch);
            }
        }
        insert(batch);
    }

    private void insert(List<Object[]> batch) {
        jdbc.batchUpdate("INSERT INTO itmo_pair (first_itmo_id, last_itmo_id, underlying_registry, issuance_id, unit_start, unit_end,"
                + " quantity, authorization_id, authorization_version, first_transfer_trigger, first_transfer_date, first_transfer_year)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch);
        batch.clear();
    }

    /** Counts the rows of each table on their way to the workbook. */
    private static final class Counting implements AefSink {

        private final AefSink sink;
        private final int[] rows;
        private AefTable current;

        Counting(AefSink sink, int[] rows) {
            this.sink = sink;
            this.rows = rows;
        }

        @Override
        public void startTable(AefTable table) throws java.io.IOException {
            current = table;
            sink.startTable(table);
        }

        @Override
        public void row(List<Object> values) throws java.io.IOException {
            rows[current.ordinal()]++;
            sink.row(values);
        }

        @Override
        public void endTable() throws java.io.IOException {
            sink.endTable();
        }

        @Override
        public void finish(List<PreSubmissionCheck> checks) throws java.io.IOException {
            assertThat(checks).allMatch(PreSubmissionCheck::passed);
            sink.finish(checks);
        }
    }
}
