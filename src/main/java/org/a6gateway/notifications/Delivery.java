package org.a6gateway.notifications;

import java.time.Instant;

/**
 * One notification sent to one subscription: DELIVERED once an attempt succeeded, FAILED when
 * every attempt failed (it may be retried by hand), PENDING while attempts go on.
 */
public record Delivery(long id, long subscriptionId, String notificationId, NotificationKind event, long syncRun,
                       Status status, int attempts, Integer lastStatus, String lastError, Instant createdAt,
                       Instant deliveredAt) {

    public enum Status {
        PENDING,
        DELIVERED,
        FAILED
    }
}
