package org.a6gateway.itmo;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the jobs held back. Each run states the whole list for its kind: records seen again stay
 * as they are (no new row), new ones are added, and ones whose reason is gone are marked resolved.
 */
@Service
public class HeldBackRecords {

    private final HeldBackRows rows;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    HeldBackRecords(HeldBackRows rows, DataSource dataSource, Clock clock) {
        this.rows = rows;
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.clock = clock;
    }

    /** States the whole list of one kind at once; see {@link #settling}. */
    @Transactional
    public void settle(HeldBack.Kind kind, List<HeldBack> current) {
        var settlement = settling(kind);
        settlement.add(current);
        settlement.finish();
    }

    /** A run's statement of its held-back records of one kind, given in parts; call inside a transaction. */
    public HeldBackSettlement settling(HeldBack.Kind kind) {
        return new HeldBackSettlement(jdbc, kind, clock.instant());
    }

    /** Open records per kind and reason, e.g. {@code ITMO_ID/NO_COOPERATIVE_APPROACH}; counted by the database, not read. */
    @Transactional(readOnly = true)
    public Map<String, Long> openByReason() {
        var counts = new TreeMap<String, Long>();
        jdbc.query("select kind, reason, count(*) from held_back where resolved_at is null group by kind, reason",
                Map.of(), row -> {
                    counts.put(row.getString(1) + "/" + row.getString(2), row.getLong(3));
                });
        return counts;
    }
}
