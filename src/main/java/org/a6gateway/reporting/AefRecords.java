package org.a6gateway.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.a6gateway.units.ItmoIdentifier;
import org.a6gateway.units.SerialRange;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The national side of a Party's AEF, read in plain SQL: its ITMO blocks (the pairs, with when
 * and how they were first transferred) and the national registry's later actions on them. The
 * Party of an ITMO block is the first transferring Party its identifier names.
 */
@Repository
class AefRecords {

    private static final int FETCH = 1000;

    private final JdbcTemplate jdbc;

    AefRecords(javax.sql.DataSource dataSource) {
        // A template of our own: the fetch size streams big tables without changing the shared one.
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH);
    }

    /** An ITMO block; {@code trigger}, {@code date} and {@code year} are null for blocks another system registered. */
    record Pair(String firstItmoId, String lastItmoId, String registry, String issuance, SerialRange units, long quantity,
                long unitsPerItmo, String authorizationId, String trigger, LocalDate date, Integer year) {

        Optional<ItmoIdentifier> first() {
            return identifier(firstItmoId);
        }
    }

    record Action(String actionId, String type, LocalDate date, String authorizationId, String registry, String issuance,
                  SerialRange units, String firstItmoId, String lastItmoId, long quantity) {
    }

    static Optional<ItmoIdentifier> identifier(String text) {
        try {
            return Optional.of(ItmoIdentifier.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Units that stopped being ITMOs: {@code units} of an issuance of {@code registry}. */
    record Reversed(String registry, String issuance, SerialRange units) {
    }

    /** The units the private registry revoked and those the national registry withdrew. */
    List<Reversed> reversed() {
        var reversed = new ArrayList<Reversed>();
        jdbc.query("SELECT program, issuance_id, block_start, block_end FROM credit_block WHERE status = 'REVOKED'"
                + " UNION ALL SELECT underlying_registry, issuance_id, unit_start, unit_end FROM itmo_withdrawal",
                rs -> {
                    reversed.add(new Reversed(rs.getString(1), rs.getString(2), SerialRange.of(rs.getLong(3), rs.getLong(4))));
                });
        return reversed;
    }

    /** The Party's ITMO blocks in the order they were first transferred. */
    List<Pair> pairsOf(String party) {
        var pairs = new ArrayList<Pair>();
        jdbc.query("SELECT first_itmo_id, last_itmo_id, underlying_registry, issuance_id, unit_start, unit_end, quantity,"
                + " authorization_id, first_transfer_trigger, first_transfer_date, first_transfer_year, units_per_itmo FROM itmo_pair"
                + " ORDER BY first_transfer_year, first_transfer_date, underlying_registry, issuance_id, unit_start", rs -> {
                    var pair = new Pair(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            SerialRange.of(rs.getLong(5), rs.getLong(6)), rs.getLong(7), rs.getLong(12), rs.getString(8), rs.getString(9),
                            rs.getObject(10, LocalDate.class), (Integer) rs.getObject(11, Integer.class));
                    if (pair.first().map(id -> id.party().equals(party)).orElse(false)) {
                        pairs.add(pair);
                    }
                });
        return pairs;
    }

    /** The national registry's actions under these authorizations up to the end of the year, first transfers aside. */
    List<Action> actionsUntil(int year, java.util.Set<String> authorizations) {
        var actions = new ArrayList<Action>();
        jdbc.query("SELECT action_id, action_type, action_date, authorization_id, underlying_registry, issuance_id, unit_start,"
                + " unit_end, first_itmo_id, last_itmo_id, quantity FROM itmo_action WHERE action_type <> 'FIRST_TRANSFER'"
                + " AND action_date <= ? ORDER BY action_date, action_id", rs -> {
                    if (authorizations.contains(rs.getString(4))) {
                        actions.add(new Action(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                                rs.getString(5), rs.getString(6), SerialRange.of(rs.getLong(7), rs.getLong(8)), rs.getString(9),
                                rs.getString(10), rs.getLong(11)));
                    }
                }, LocalDate.of(year, 12, 31));
        return actions;
    }
}
