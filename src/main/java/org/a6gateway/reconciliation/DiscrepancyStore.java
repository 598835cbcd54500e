package org.a6gateway.reconciliation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.a6gateway.units.SerialRange;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Reconciliation runs and their discrepancies, in plain SQL: written in JDBC batches, read with filters and pages. */
@Repository
class DiscrepancyStore {

    private static final String COLUMNS = "id, discrepancy_key, run_id, change_since, first_seen_run, type, registry, issuance,"
            + " unit_start, unit_end, tonnes, subject, private_value, national_value";

    private final JdbcTemplate jdbc;

    DiscrepancyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Plain SQL rather than SimpleJdbcInsert, whose table lookup misses a schema chosen by search_path on PostgreSQL. */
    long insertRun(Long jobExecutionId, Instant started, Instant finished, int found, int added, int persisting, int resolved,
                   Integer scopesCompared) {
        var key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("INSERT INTO reconciliation_run (job_execution_id, started_at, finished_at,"
                    + " found, new_count, persisting_count, resolved_count, scopes_compared) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            insert.setObject(1, jobExecutionId, Types.BIGINT);
            insert.setTimestamp(2, Timestamp.from(started));
            insert.setTimestamp(3, Timestamp.from(finished));
            insert.setInt(4, found);
            insert.setInt(5, added);
            insert.setInt(6, persisting);
            insert.setInt(7, resolved);
            insert.setObject(8, scopesCompared, Types.INTEGER);
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    void insert(List<StoredDiscrepancy> rows) {
        jdbc.batchUpdate("INSERT INTO discrepancy (discrepancy_key, run_id, change_since, first_seen_run, type, severity, registry,"
                + " issuance, unit_start, unit_end, quantity, tonnes, subject, private_value, national_value)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, 1000, (ps, row) -> {
                    var d = row.discrepancy();
                    ps.setString(1, row.key());
                    ps.setLong(2, row.runId());
                    ps.setString(3, row.change().name());
                    ps.setLong(4, row.firstSeenRun());
                    ps.setString(5, d.type().name());
                    ps.setString(6, d.severity().name());
                    ps.setString(7, d.registry());
                    ps.setString(8, d.issuance());
                    ps.setLong(9, d.units().start());
                    ps.setLong(10, d.units().end());
                    ps.setLong(11, d.quantity());
                    ps.setBigDecimal(12, d.tonnes());
                    ps.setString(13, clip(d.subject(), 1000));
                    ps.setString(14, clip(d.privateValue(), 2000));
                    ps.setString(15, clip(d.nationalValue(), 2000));
                });
    }

    Optional<ReconciliationRun> latestRun() {
        return jdbc.query("SELECT * FROM reconciliation_run ORDER BY id DESC LIMIT 1", this::toRun).stream().findFirst();
    }

    Optional<ReconciliationRun> run(long id) {
        return jdbc.query("SELECT * FROM reconciliation_run WHERE id = ?", this::toRun, id).stream().findFirst();
    }

    Optional<Long> runOfJob(long jobExecutionId) {
        return jdbc.queryForList("SELECT id FROM reconciliation_run WHERE job_execution_id = ? ORDER BY id DESC LIMIT 1",
                Long.class, jobExecutionId).stream().findFirst();
    }

    /** The run's current discrepancies, each with the run that first found it. */
    List<StoredDiscrepancy> current(long runId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM discrepancy WHERE run_id = ? AND change_since <> 'RESOLVED'", this::toRow, runId);
    }

    List<StoredDiscrepancy> list(long runId, DiscrepancyFilter filter, long offset, int limit) {
        var where = where(runId, filter);
        where.args.add(limit);
        where.args.add(offset);
        return jdbc.query("SELECT " + COLUMNS + " FROM discrepancy" + where.sql + ORDER + " LIMIT ? OFFSET ?", this::toRow,
                where.args.toArray());
    }

    void forEach(long runId, DiscrepancyFilter filter, Consumer<StoredDiscrepancy> action) {
        var where = where(runId, filter);
        jdbc.query("SELECT " + COLUMNS + " FROM discrepancy" + where.sql + ORDER, (ResultSet rs) -> {
                    action.accept(toRow(rs, 0));
                }, where.args.toArray());
    }

    long count(long runId, DiscrepancyFilter filter) {
        var where = where(runId, filter);
        return jdbc.queryForObject("SELECT COUNT(*) FROM discrepancy" + where.sql, Long.class, where.args.toArray());
    }

    Optional<StoredDiscrepancy> find(long runId, String key) {
        return jdbc.query("SELECT " + COLUMNS + " FROM discrepancy WHERE run_id = ? AND discrepancy_key = ?", this::toRow, runId, key)
                .stream().findFirst();
    }

    /** Report order: worst first, then by type and serial. */
    private static final String ORDER = " ORDER BY CASE severity WHEN 'CRITICAL' THEN 0 WHEN 'HIGH' THEN 1 ELSE 2 END,"
            + " type, registry, issuance, unit_start, id";

    private record Where(String sql, List<Object> args) {
    }

    private static Where where(long runId, DiscrepancyFilter filter) {
        var sql = new StringBuilder(" WHERE run_id = ?");
        var args = new ArrayList<Object>(List.of(runId));
        if (filter.change() == null) {
            sql.append(" AND change_since <> 'RESOLVED'");
        } else {
            sql.append(" AND change_since = ?");
            args.add(filter.change().name());
        }
        if (filter.type() != null) {
            sql.append(" AND type = ?");
            args.add(filter.type().name());
        }
        if (filter.severity() != null) {
            sql.append(" AND severity = ?");
            args.add(filter.severity().name());
        }
        if (filter.registry() != null) {
            sql.append(" AND registry = ?");
            args.add(filter.registry());
        }
        return new Where(sql.toString(), args);
    }

    private ReconciliationRun toRun(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        long job = rs.getLong("job_execution_id");
        Long jobExecutionId = rs.wasNull() ? null : job;
        int scopes = rs.getInt("scopes_compared");
        Integer scopesCompared = rs.wasNull() ? null : scopes;
        return new ReconciliationRun(id, jobExecutionId, rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("finished_at").toInstant(), rs.getInt("found"), rs.getInt("new_count"),
                rs.getInt("persisting_count"), rs.getInt("resolved_count"), byType(id), scopesCompared);
    }

    private Map<String, Long> byType(long runId) {
        var counts = new EnumMap<DiscrepancyType, Long>(DiscrepancyType.class);
        for (DiscrepancyType type : DiscrepancyType.values()) {
            counts.put(type, 0L);
        }
        jdbc.query("SELECT type, COUNT(*) FROM discrepancy WHERE run_id = ? AND change_since <> 'RESOLVED' GROUP BY type",
                (ResultSet rs) -> {
                    counts.put(DiscrepancyType.valueOf(rs.getString(1)), rs.getLong(2));
                }, runId);
        var byName = new LinkedHashMap<String, Long>();
        counts.forEach((type, count) -> byName.put(type.name(), count));
        return byName;
    }

    private StoredDiscrepancy toRow(ResultSet rs, int row) throws SQLException {
        var d = new Discrepancy(DiscrepancyType.valueOf(rs.getString("type")), rs.getString("registry"), rs.getString("issuance"),
                SerialRange.of(rs.getLong("unit_start"), rs.getLong("unit_end")), rs.getBigDecimal("tonnes"),
                rs.getString("subject"), rs.getString("private_value"), rs.getString("national_value"));
        return new StoredDiscrepancy(rs.getString("discrepancy_key"), rs.getLong("run_id"), Change.valueOf(rs.getString("change_since")),
                rs.getLong("first_seen_run"), d);
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
