package org.a6gateway.itmo;

import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.a6gateway.units.SerialRange;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ITMO pairs read whole, straight into records: the decisions and the reconciliation each
 * read them every sync. Read as entities, Hibernate built, registered and
 * then detached a hundred thousand objects per read only for them to be mapped and dropped. The
 * JPA writes still pending in the transaction are flushed first, as Hibernate's own query did,
 * so a read sees what the same transaction stored before it.
 */
@Component
class PairTable {

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;

    PairTable(DataSource dataSource, EntityManager entityManager) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.entityManager = entityManager;
    }

    /** Every pair in the order stored; {@code rejected}: with those whose registration an officer rejected. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<StoredPair> pairs(boolean rejected) {
        entityManager.flush();
        return jdbc.query("SELECT first_itmo_id, last_itmo_id, underlying_registry, issuance_id, unit_start, unit_end,"
                + " authorization_id, confirmed_at, units_per_itmo FROM itmo_pair"
                + (rejected ? "" : " WHERE rejected_at IS NULL") + " ORDER BY id", (rs, n) -> StoredPair.of(rs.getString(1),
                        rs.getString(2), rs.getString(3), rs.getString(4), units(rs, 5), rs.getLong(9), rs.getString(7),
                        rs.getObject(8) != null));
    }

    /** The pair never to be issued: the national registry has not confirmed it, and an officer rejected it. */
    @Transactional(propagation = Propagation.MANDATORY)
    int reject(String firstItmoId, Instant now) {
        entityManager.flush();
        return jdbc.update("UPDATE itmo_pair SET rejected_at = ? WHERE first_itmo_id = ? AND confirmed_at IS NULL",
                Timestamp.from(now), firstItmoId);
    }

    /** The pair stands again: its registration was reopened. */
    @Transactional(propagation = Propagation.MANDATORY)
    int reopen(String firstItmoId) {
        entityManager.flush();
        return jdbc.update("UPDATE itmo_pair SET rejected_at = NULL WHERE first_itmo_id = ?", firstItmoId);
    }

    private static SerialRange units(ResultSet rs, int startColumn) throws SQLException {
        return SerialRange.of(rs.getLong(startColumn), rs.getLong(startColumn + 1));
    }
}
