package org.a6gateway.dryrun;

import org.a6gateway.store.ColumnWidth;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The dry runs asked for through the API and the commands each found, in the store. */
@Component
class DryRunRecords {

    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
    };

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;

    DryRunRecords(DataSource dataSource, TransactionTemplate transaction, ObjectMapper json) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.transaction = transaction;
        this.json = json;
    }

    long open(String requestedBy, String instance, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.update("INSERT INTO dry_run (requested_by, started_at, status, instance) VALUES (:by, :at, :status, :instance)",
                new MapSqlParameterSource("by", requestedBy).addValue("status", DryRunView.RUNNING).addValue("at", Timestamp.from(at)).addValue("instance", instance),
                keys, new String[] {"id"});
        return keys.getKey().longValue();
    }

    void complete(long id, DryRunReport report, Instant at) {
        transaction.executeWithoutResult(status -> {
            var rows = new MapSqlParameterSource[report.commands().size()];
            for (int i = 0; i < rows.length; i++) {
                var c = report.commands().get(i);
                rows[i] = new MapSqlParameterSource("id", id).addValue("position", i + 1).addValue("registry", c.registry())
                        .addValue("operation", c.operation()).addValue("kind", c.kind()).addValue("subject", c.subject())
                        .addValue("payload", c.payload().toString()).addValue("state", c.state());
            }
            jdbc.batchUpdate("INSERT INTO dry_run_command (dry_run_id, position, registry, operation, kind, subject, payload, state)"
                    + " VALUES (:id, :position, :registry, :operation, :kind, :subject, :payload, :state)", rows);
            end(id, report.completed() ? "COMPLETED" : "FAILED", report.status(), report.failure(), report.total(),
                    report.notSimulated(), at);
        });
    }

    void fail(long id, String failure, Instant at) {
        end(id, "FAILED", null, failure, null, Map.of(), at);
    }

    private void end(long id, String status, String syncStatus, String failure, Integer total, Map<String, String> notSimulated,
                     Instant at) {
        jdbc.update("UPDATE dry_run SET status = :status, sync_status = :sync, failure = :failure, total = :total,"
                + " not_simulated = :notSimulated, ended_at = :at WHERE id = :id", new MapSqlParameterSource("id", id)
                .addValue("status", status).addValue("sync", syncStatus).addValue("failure", ColumnWidth.fit(failure, 2000))
                .addValue("total", total).addValue("notSimulated", text(notSimulated)).addValue("at", Timestamp.from(at)));
    }

    record Row(DryRunView view, String instance) {
    }

    /**
     * The run, then (once it has ended) its counts: the commands are written in the transaction that
     * ends the run, so a run read as ended has them all. Counted first, a run ending between the two
     * reads would show as completed with none.
     */
    Optional<Row> find(long id) {
        var found = jdbc.query("SELECT * FROM dry_run WHERE id = :id", Map.of("id", id), (rs, n) -> row(rs, Map.of()))
                .stream().findFirst();
        return found.map(row -> row.view().running() ? row : new Row(row.view().withCounts(counts(id)), row.instance()));
    }

    List<DryRunReport.Command> commands(long id, long offset, int limit) {
        return jdbc.query("SELECT registry, operation, kind, subject, payload, state FROM dry_run_command WHERE dry_run_id = :id"
                        + " ORDER BY position OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY",
                new MapSqlParameterSource("id", id).addValue("offset", offset).addValue("limit", limit),
                (rs, n) -> new DryRunReport.Command(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        tree(rs.getString(5)), rs.getString(6)));
    }

    /** The commands found, per registry and operation. */
    private Map<String, Map<String, Integer>> counts(long id) {
        var counts = new TreeMap<String, Map<String, Integer>>();
        jdbc.query("SELECT registry, operation, COUNT(*) FROM dry_run_command WHERE dry_run_id = :id GROUP BY registry, operation",
                Map.of("id", id), rs -> {
                    counts.computeIfAbsent(rs.getString(1), r -> new TreeMap<>()).put(rs.getString(2), rs.getInt(3));
                });
        return counts;
    }

    private Row row(ResultSet rs, Map<String, Map<String, Integer>> counts) throws SQLException {
        var ended = rs.getTimestamp("ended_at");
        Integer total = rs.getObject("total") == null ? null : rs.getInt("total");
        return new Row(new DryRunView(rs.getLong("id"), rs.getString("requested_by"), rs.getTimestamp("started_at").toInstant(),
                ended == null ? null : ended.toInstant(), rs.getString("status"), rs.getString("failure"),
                total, counts, texts(rs.getString("not_simulated"))), rs.getString("instance"));
    }

    private com.fasterxml.jackson.databind.JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("dry run command payload is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private String text(Map<String, String> texts) {
        try {
            return json.writeValueAsString(texts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> texts(String text) {
        try {
            return text == null ? Map.of() : new TreeMap<>(json.readValue(text, TEXTS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("dry run's notes are not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
