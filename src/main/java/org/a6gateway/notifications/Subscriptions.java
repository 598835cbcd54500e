package org.a6gateway.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.a6gateway.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The subscriptions, in plain SQL. A removed one is kept, marked, for the deliveries that name it. */
@Repository
class Subscriptions {

    private static final String COLUMNS = "id, role, channel, target, events, secret, created_by, created_at";

    private final JdbcTemplate jdbc;

    Subscriptions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Subscription add(Role role, Channel channel, String target, Set<NotificationKind> events, String secret, String by,
                     Instant at) {
        var key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("INSERT INTO notification_subscription (role, channel, target, events,"
                    + " secret, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            insert.setString(1, role.name());
            insert.setString(2, channel.name());
            insert.setString(3, target);
            insert.setString(4, events.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
            insert.setString(5, secret);
            insert.setString(6, by);
            insert.setTimestamp(7, Timestamp.from(at));
            return insert;
        }, key);
        return new Subscription(key.getKey().longValue(), role, channel, target, events, secret, by, at);
    }

    List<Subscription> active() {
        return jdbc.query("SELECT " + COLUMNS + " FROM notification_subscription WHERE removed_at IS NULL ORDER BY id",
                Subscriptions::toSubscription);
    }

    List<Subscription> activeOf(Role role) {
        return jdbc.query("SELECT " + COLUMNS + " FROM notification_subscription WHERE removed_at IS NULL AND role = ?"
                + " ORDER BY id", Subscriptions::toSubscription, role.name());
    }

    Optional<Subscription> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM notification_subscription WHERE id = ?", Subscriptions::toSubscription, id)
                .stream().findFirst();
    }

    boolean remove(long id, Role role, Instant at) {
        return jdbc.update("UPDATE notification_subscription SET removed_at = ? WHERE id = ? AND role = ? AND removed_at IS NULL",
                Timestamp.from(at), id, role.name()) == 1;
    }

    private static Subscription toSubscription(ResultSet rs, int row) throws SQLException {
        var events = EnumSet.noneOf(NotificationKind.class);
        Arrays.stream(rs.getString("events").split(",")).map(NotificationKind::valueOf).forEach(events::add);
        return new Subscription(rs.getLong("id"), Role.valueOf(rs.getString("role")), Channel.valueOf(rs.getString("channel")),
                rs.getString("target"), events, rs.getString("secret"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
