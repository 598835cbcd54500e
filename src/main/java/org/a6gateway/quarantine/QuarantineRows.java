package org.a6gateway.quarantine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The quarantine table, in plain SQL that H2 and PostgreSQL both speak. */
@Repository
class QuarantineRows {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    QuarantineRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Returns whether this record was already held; if so, it is marked seen by this run. */
    boolean seenAgain(String registry, String fingerprint, Long run, Instant now) {
        return jdbc.update("UPDATE quarantine SET last_seen_at = ?, last_run = COALESCE(?, last_run),"
                        + " times_seen = times_seen + 1 WHERE source_registry = ? AND fingerprint = ?",
                Timestamp.from(now), run, registry, fingerprint) > 0;
    }

    void insert(String registry, String recordId, QuarantineReason reason, String detail, String raw,
                String fingerprint, String page, Instant now, Long run) {
        jdbc.update("INSERT INTO quarantine (source_registry, record_id, reason, detail, raw_record, fingerprint, page,"
                        + " first_seen_at, last_seen_at, first_run, last_run, times_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                registry, recordId, reason.name(), detail, raw, fingerprint, page, Timestamp.from(now), Timestamp.from(now),
                run, run);
    }

    void resolve(String registry, List<String> recordIds, Instant now) {
        named.update("UPDATE quarantine SET resolved_at = :now WHERE source_registry = :registry"
                        + " AND resolved_at IS NULL AND record_id IN (:ids)",
                new MapSqlParameterSource("now", Timestamp.from(now)).addValue("registry", registry).addValue("ids", recordIds));
    }

    Map<String, Long> countByReason(long run) {
        Map<String, Long> byReason = new TreeMap<>();
        jdbc.query("SELECT reason, COUNT(*) AS n FROM quarantine WHERE last_run = ? GROUP BY reason",
                rs -> {
                    byReason.put(rs.getString("reason"), rs.getLong("n"));
                }, run);
        return byReason;
    }

    List<QuarantineEntry> list(boolean includeResolved, int limit) {
        return jdbc.query("SELECT * FROM quarantine" + (includeResolved ? "" : " WHERE resolved_at IS NULL")
                + " ORDER BY last_seen_at DESC, id DESC FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY", QuarantineRows::entry);
    }

    private static QuarantineEntry entry(ResultSet rs, int row) throws SQLException {
        return new QuarantineEntry(rs.getLong("id"), rs.getString("source_registry"), rs.getString("record_id"),
                QuarantineReason.valueOf(rs.getString("reason")), rs.getString("detail"), rs.getString("raw_record"),
                rs.getString("page"), instant(rs, "first_seen_at"), instant(rs, "last_seen_at"),
                (Long) rs.getObject("first_run", Long.class), (Long) rs.getObject("last_run", Long.class),
                rs.getInt("times_seen"), instant(rs, "resolved_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
