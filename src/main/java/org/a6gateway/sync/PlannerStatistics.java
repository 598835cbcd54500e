package org.a6gateway.sync;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * After a feed stored many new records, PostgreSQL is asked to refresh its planner statistics at
 * once rather than when autovacuum gets to it. On a first sync of a million blocks the decisions
 * that follow the ingest otherwise ran on the statistics of an empty table: each query for a
 * batch of projects scanned the whole table (the labels step took 70 s where it takes 4 s).
 * H2 keeps its own statistics as rows change; nothing is asked of it.
 */
@Component
class PlannerStatistics {

    private static final Logger log = LoggerFactory.getLogger(PlannerStatistics.class);
    /** New records in one ingest that make the statistics worth refreshing (an ANALYZE reads a sample, ~1 s). */
    static final int MANY = 10_000;

    private final JdbcTemplate jdbc;
    private Boolean postgres;

    PlannerStatistics(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Refreshes the statistics when the feed stored many new records on PostgreSQL; says whether it did. */
    boolean afterIngest(String registry, int inserted) {
        if (inserted < MANY || !postgres()) {
            return false;
        }
        long started = System.nanoTime();
        jdbc.execute("ANALYZE");
        log.info("{}: {} new records, planner statistics refreshed in {} ms", registry, inserted,
                (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    private boolean postgres() {
        if (postgres == null) {
            postgres = jdbc.execute((ConnectionCallback<Boolean>) c -> "PostgreSQL".equals(c.getMetaData().getDatabaseProductName()));
        }
        return postgres;
    }
}
