package org.a6gateway.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.a6gateway.reporting.PreSubmissionCheck.Failure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The checks kept with report jobs, on the tables the migration creates: read back per job, in order, with the first failures in words. */
class ReportChecksTest {

    private ReportChecks checks;

    @BeforeEach
    void tables() throws Exception {
        var dataSource = new SingleConnectionDataSource("jdbc:h2:mem:checks" + System.nanoTime(), "sa", "", true);
        new org.springframework.jdbc.core.JdbcTemplate(dataSource)
                .execute(Files.readString(Path.of("src/main/resources/db/migration/common/V40__report_checks.sql")));
        checks = new ReportChecks(JdbcClient.create(dataSource));
    }

    private static PreSubmissionCheck check(String name, int failing) {
        return new PreSubmissionCheck(name, name.toLowerCase() + " holds", IntStream.rangeClosed(1, failing)
                .mapToObj(i -> new Failure("row 8, " + (2020 + i), "shows " + i + ", expected 0")).toList());
    }

    @Test
    void eachJobReadsBackItsChecksInOrderWithTheFailuresCountedAndTheFirstThreeInWords() {
        checks.keep(11, List.of(check("TOTALS", 5), check("CAPS", 0)));
        checks.keep(12, List.of(check("TOTALS", 0)));

        var kept = checks.of(List.of(11L, 12L, 13L));

        assertThat(kept).containsOnlyKeys(11L, 12L);
        assertThat(kept.get(11L)).extracting(CheckOutcome::name).containsExactly("TOTALS", "CAPS");
        var totals = kept.get(11L).get(0);
        assertThat(totals.failures()).isEqualTo(5);
        assertThat(totals.passed()).isFalse();
        assertThat(totals.rule()).isEqualTo("totals holds");
        assertThat(totals.examples()).extracting(Failure::where).containsExactly("row 8, 2021", "row 8, 2022", "row 8, 2023");
        assertThat(totals.examples().get(0).detail()).isEqualTo("shows 1, expected 0");
        assertThat(kept.get(11L).get(1).passed()).isTrue();
        assertThat(kept.get(12L)).singleElement().satisfies(c -> assertThat(c.examples()).isEmpty());
        assertThat(checks.of(List.of())).isEmpty();
    }

    @Test
    void aFailureLongerThanItsColumnIsCutWithAnEllipsisNotRefused() {
        var serial = "9344-" + "8".repeat(800);
        checks.keep(21, List.of(new PreSubmissionCheck("IDENTIFIERS_WELL_FORMED", "serials parse",
                List.of(new Failure(serial, "serials " + serial + " and " + serial + " do not parse")))));

        var example = checks.of(List.of(21L)).get(21L).get(0).examples().get(0);

        assertThat(example.where()).hasSize(500).endsWith("…").startsWith("9344-888");
        assertThat(example.detail()).hasSize(1000).endsWith("…").startsWith("serials 9344-888");
    }
}
