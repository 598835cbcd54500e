package org.a6gateway.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A feed that stored many new records refreshes PostgreSQL's planner statistics before the
 * decisions read them (a probe table of 10 rows, under autovacuum's threshold, has statistics only
 * if the gateway asked for them); a small one does not; H2 keeps its own and is never asked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class PlannerStatisticsIT {

    @Autowired
    PlannerStatistics statistics;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void manyNewRecordsRefreshThePlannerStatisticsOnPostgreSqlOnly() {
        boolean postgres = "postgres".equals(System.getenv("SPRING_PROFILES_ACTIVE"));
        jdbc.execute("CREATE TABLE planner_probe (n INTEGER)");
        try {
            jdbc.update("INSERT INTO planner_probe SELECT x FROM generate_series(1, 10) AS g(x)");
            assertThat(statistics.afterIngest("vcm-registry", PlannerStatistics.MANY - 1)).isFalse();
            if (postgres) {
                assertThat(probeRowsKnown()).as("never analyzed yet").isLessThan(0);
            }
            assertThat(statistics.afterIngest("vcm-registry", PlannerStatistics.MANY)).isEqualTo(postgres);
            if (postgres) {
                assertThat(probeRowsKnown()).isEqualTo(10);
            }
        } finally {
            jdbc.execute("DROP TABLE planner_probe");
        }
    }

    private float probeRowsKnown() {
        return jdbc.queryForObject("SELECT reltuples FROM pg_class WHERE relname = 'planner_probe'"
                + " AND relnamespace = current_schema()::regnamespace", Float.class);
    }
}
