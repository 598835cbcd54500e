package org.a6gateway.itmo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The open held-back records of one kind counted per reason (V24), moved by a settlement in the
 * transaction that opens, reopens or resolves them: a sync's summary reads these few rows rather
 * than counting the ~475,000 records a million-block registry holds back, on every run.
 */
final class HeldBackTally {

    private final NamedParameterJdbcTemplate jdbc;
    private final HeldBack.Kind kind;
    private final Map<String, Long> moves = new HashMap<>();

    HeldBackTally(NamedParameterJdbcTemplate jdbc, HeldBack.Kind kind) {
        this.jdbc = jdbc;
        this.kind = kind;
    }

    void opened(String reason) {
        moves.merge(reason, 1L, Long::sum);
    }

    void resolved(String reason) {
        moves.merge(reason, -1L, Long::sum);
    }

    /** Writes the moves noted since the last call, in the caller's transaction (the records' own). */
    void write() {
        moves.values().removeIf(move -> move == 0);
        if (moves.isEmpty()) {
            return;
        }
        var counted = new HashSet<>(jdbc.queryForList("select reason from held_back_tally where kind = :kind",
                Map.of("kind", kind.name()), String.class));
        var updates = new ArrayList<MapSqlParameterSource>();
        var inserts = new ArrayList<MapSqlParameterSource>();
        moves.forEach((reason, move) -> (counted.contains(reason) ? updates : inserts).add(new MapSqlParameterSource()
                .addValue("kind", kind.name()).addValue("reason", reason).addValue("move", move)));
        jdbc.batchUpdate("update held_back_tally set open_records = open_records + :move where kind = :kind"
                + " and reason = :reason", updates.toArray(MapSqlParameterSource[]::new));
        jdbc.batchUpdate("insert into held_back_tally (kind, reason, open_records) values (:kind, :reason, :move)",
                inserts.toArray(MapSqlParameterSource[]::new));
        moves.clear();
    }

    /** Open records per kind and reason, e.g. {@code ITMO_ID/NO_COOPERATIVE_APPROACH}; none where none are open. */
    static Map<String, Long> open(NamedParameterJdbcTemplate jdbc) {
        var counts = new TreeMap<String, Long>();
        jdbc.query("select kind, reason, open_records from held_back_tally where open_records > 0", Map.of(),
                row -> {
                    counts.put(row.getString(1) + "/" + row.getString(2), row.getLong(3));
                });
        return counts;
    }
}
