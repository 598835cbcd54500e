package org.a6gateway.itmo;

import java.time.Clock;
import java.util.Map;
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

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    HeldBackRecords(DataSource dataSource, Clock clock) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.clock = clock;
    }

    /**
     * A run's statement of its held-back records of one kind, given in parts; call inside a
     * transaction. A run that decides everything asks once whether the kind has any record yet:
     * if not, it looks up only the records it stated itself (a first sync of a million blocks
     * states ~475,000, each looked up by key for nothing).
     */
    public HeldBackSettlement settling(HeldBack.Kind kind, boolean decidesEverything) {
        boolean firstFill = decidesEverything && jdbc.queryForList("select 1 from held_back where kind = :kind"
                + " fetch first 1 rows only", Map.of("kind", kind.name()), Integer.class).isEmpty();
        return new HeldBackSettlement(jdbc, kind, clock.instant(), firstFill);
    }

    /** Open records per kind and reason, e.g. {@code ITMO_ID/NO_COOPERATIVE_APPROACH}, as {@link HeldBackTally} keeps them. */
    @Transactional(readOnly = true)
    public Map<String, Long> openByReason() {
        return HeldBackTally.open(jdbc);
    }
}
