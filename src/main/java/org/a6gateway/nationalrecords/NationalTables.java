package org.a6gateway.nationalrecords;

import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.a6gateway.units.SerialRange;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national registry's actions and adjustments read whole, straight into records: the
 * decisions and the reconciliation each read them every sync. Read as entities, Hibernate built, registered and
 * then detached a hundred thousand objects per read only for them to be mapped and dropped. The
 * JPA writes still pending in the transaction are flushed first, as Hibernate's own query did,
 * so a read sees what the same transaction stored before it.
 */
@Component
public class NationalTables {

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;

    NationalTables(DataSource dataSource, EntityManager entityManager) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.entityManager = entityManager;
    }

    /** The actions of one type, or of every type when {@code type} is null. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<ItmoAction> actions(String type) {
        entityManager.flush();
        String columns = "SELECT action_id, action_type, action_date, authorization_id, underlying_registry, issuance_id,"
                + " unit_start, unit_end, first_itmo_id, last_itmo_id, quantity, synthetic, holder_account FROM itmo_action";
        return type == null ? jdbc.query(columns + " ORDER BY id", NationalTables::action)
                : jdbc.query(columns + " WHERE action_type = ? ORDER BY id", NationalTables::action, type);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    List<CorrespondingAdjustment> adjustments() {
        entityManager.flush();
        return jdbc.query("SELECT adjustment_id, party, btr_year, reported_on, first_itmo_id, last_itmo_id, quantity"
                + " FROM corresponding_adjustment ORDER BY id", (rs, n) -> new CorrespondingAdjustment(rs.getString(1),
                        rs.getString(2), rs.getInt(3), rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6),
                        rs.getLong(7)));
    }

    private static ItmoAction action(ResultSet rs, int n) throws SQLException {
        return new ItmoAction(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                rs.getString(5), rs.getString(6), units(rs, 7), rs.getString(9), rs.getString(10), rs.getLong(11),
                rs.getBoolean(12), rs.getString(13));
    }

    private static SerialRange units(ResultSet rs, int startColumn) throws SQLException {
        return SerialRange.of(rs.getLong(startColumn), rs.getLong(startColumn + 1));
    }
}
