package org.a6gateway.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.a6gateway.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Every delivery and how its attempts went, in plain SQL: the record an operator reads when a receiver says it heard nothing. */
@Repository
class Deliveries {

    private static final String COLUMNS = "d.id, d.subscription_id, d.notification_id, d.event, d.sync_run, d.status,"
            + " d.attempts, d.last_status, d.last_error, d.created_at, d.delivered_at";

    private final JdbcTemplate jdbc;

    Deliveries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long open(long subscription, Notification notification, String payload, Instant at) {
        var key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("INSERT INTO notification_delivery (subscription_id, notification_id, event,"
                    + " sync_run, payload, status, attempts, created_at) VALUES (?, ?, ?, ?, ?, 'PENDING', 0, ?)", new String[] {"id"});
            insert.setLong(1, subscription);
            insert.setString(2, notification.id());
            insert.setString(3, notification.kind().name());
            insert.setLong(4, notification.syncRun());
            insert.setString(5, payload);
            insert.setTimestamp(6, Timestamp.from(at));
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    void attempted(long id, Attempt attempt, Instant at) {
        jdbc.update("UPDATE notification_delivery SET attempts = attempts + 1, last_status = ?, last_error = ?,"
                + " status = ?, delivered_at = ? WHERE id = ?", ps -> {
                    ps.setObject(1, attempt.status(), Types.INTEGER);
                    ps.setString(2, clip(attempt.error()));
                    ps.setString(3, attempt.delivered() ? "DELIVERED" : "PENDING");
                    ps.setTimestamp(4, attempt.delivered() ? Timestamp.from(at) : null);
                    ps.setLong(5, id);
                });
    }

    void status(long id, Delivery.Status status) {
        jdbc.update("UPDATE notification_delivery SET status = ? WHERE id = ?", status.name(), id);
    }

    /** Latest first, the deliveries to the role's subscriptions (removed ones included). */
    List<Delivery> ofRole(Role role, Long subscription, int limit) {
        String sql = "SELECT " + COLUMNS + " FROM notification_delivery d JOIN notification_subscription s"
                + " ON s.id = d.subscription_id WHERE s.role = ?" + (subscription == null ? "" : " AND s.id = ?")
                + " ORDER BY d.id DESC LIMIT ?";
        Object[] args = subscription == null ? new Object[] {role.name(), limit} : new Object[] {role.name(), subscription, limit};
        return jdbc.query(sql, Deliveries::toDelivery, args);
    }

    Optional<Delivery> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM notification_delivery d WHERE d.id = ?", Deliveries::toDelivery, id)
                .stream().findFirst();
    }

    String payload(long id) {
        return jdbc.queryForObject("SELECT payload FROM notification_delivery WHERE id = ?", String.class, id);
    }

    private static Delivery toDelivery(ResultSet rs, int row) throws SQLException {
        int status = rs.getInt("last_status");
        Integer lastStatus = rs.wasNull() ? null : status;
        var delivered = rs.getTimestamp("delivered_at");
        return new Delivery(rs.getLong("id"), rs.getLong("subscription_id"), rs.getString("notification_id"),
                NotificationKind.valueOf(rs.getString("event")), rs.getLong("sync_run"), Delivery.Status.valueOf(rs.getString("status")),
                rs.getInt("attempts"), lastStatus, rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(),
                delivered == null ? null : delivered.toInstant());
    }

    private static String clip(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 999) + "…";
    }
}
