package org.a6gateway.notifications;

import java.time.Instant;
import java.util.Set;
import org.a6gateway.security.Role;

/**
 * Who hears of what: a role's subscription to some kinds of notification, on one channel.
 * {@code secret} signs a webhook's deliveries; it is shown once, when the subscription is made.
 */
public record Subscription(long id, Role role, Channel channel, String target, Set<NotificationKind> events,
                           String secret, String createdBy, Instant createdAt) {

    public Subscription {
        events = Set.copyOf(events);
    }

    boolean wants(NotificationKind kind) {
        return events.contains(kind);
    }
}
