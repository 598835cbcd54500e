package org.a6gateway.nationalrecords;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import javax.sql.DataSource;
import org.a6gateway.jobs.DecisionChanges;
import org.a6gateway.units.ItmoBlock;
import org.a6gateway.units.ItmoIdentifier;
import org.a6gateway.units.ItmoPair;
import org.a6gateway.units.SerialRange;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The withdrawals the national registry's feed showed: each kept once, by its ITMOs. */
@Service
public class ItmoWithdrawals {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final DecisionChanges changes;

    ItmoWithdrawals(DataSource dataSource, Clock clock, DecisionChanges changes) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
        this.changes = changes;
    }

    /** A withdrawal as the feed shows it, with the day the registry recorded it (null when not given). */
    public record Recorded(Withdrawal withdrawal, LocalDate withdrawnOn) {
    }

    /**
     * Keeps the page's withdrawals not kept yet; returns how many were new. Their authorizations
     * are noted for the decisions: what stands of their pairs changed.
     */
    @Transactional
    public int recordAll(List<Recorded> page) {
        var known = new HashSet<String>(jdbc.queryForList("SELECT first_itmo_id || '|' || last_itmo_id FROM itmo_withdrawal",
                String.class));
        var now = Timestamp.from(clock.instant());
        var touched = new ArrayList<String>();
        int fresh = 0;
        for (Recorded r : page) {
            var part = r.withdrawal().part();
            if (known.add(part.itmo().first() + "|" + part.itmo().last())) {
                jdbc.update("INSERT INTO itmo_withdrawal (first_itmo_id, last_itmo_id, underlying_registry, issuance_id,"
                                + " unit_start, unit_end, units_per_itmo, authorization_id, cause, withdrawn_on, recorded_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        part.itmo().first().toString(), part.itmo().last().toString(), part.underlyingRegistry(),
                        part.issuance(), part.units().start(), part.units().end(), part.unitsPerItmo(), r.withdrawal().authorizationId(),
                        r.withdrawal().cause(), r.withdrawnOn(), now);
                touched.add(r.withdrawal().authorizationId());
                fresh++;
            }
        }
        changes.authorizationsChanged(touched.stream().filter(java.util.Objects::nonNull).toList());
        return fresh;
    }

    /** Every withdrawal, in the order kept. */
    @Transactional(readOnly = true)
    public List<Withdrawal> all() {
        return jdbc.query("SELECT first_itmo_id, last_itmo_id, underlying_registry, issuance_id, unit_start, unit_end,"
                + " authorization_id, cause, units_per_itmo FROM itmo_withdrawal ORDER BY id", (rs, n) -> new Withdrawal(
                        new ItmoPair(new ItmoBlock(ItmoIdentifier.parse(rs.getString(1)), ItmoIdentifier.parse(rs.getString(2))),
                                rs.getString(3), rs.getString(4), SerialRange.of(rs.getLong(5), rs.getLong(6)), rs.getLong(9)),
                        rs.getString(7), rs.getString(8)));
    }
}
