package org.a6gateway.notifications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Delivers a notification to each subscription that asked for its kind: the delivery is recorded
 * before the first attempt, then every attempt, up to {@code a6.notifications.attempts}, waiting
 * {@code backoff} before the second and twice as long before each one after. One receiver's
 * failure never holds back another's delivery.
 */
@Component
class Dispatcher {

    private final Deliveries deliveries;
    private final WebhookSender webhooks;
    private final EmailSender mails;
    private final NotificationProperties properties;
    private final ObjectMapper json;
    private final Clock clock;

    Dispatcher(Deliveries deliveries, WebhookSender webhooks, EmailSender mails, NotificationProperties properties,
               ObjectMapper json, Clock clock) {
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.mails = mails;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    void deliver(Notification notification, List<Subscription> subscriptions) {
        String payload = payload(notification);
        for (var subscription : subscriptions) {
            if (subscription.wants(notification.kind())) {
                long id = deliveries.open(subscription.id(), notification, payload, clock.instant());
                attempt(id, subscription, notification, payload);
            }
        }
    }

    /** Tries a recorded delivery again, from its stored payload, with a fresh round of attempts. */
    void redeliver(long id, Subscription subscription) {
        String payload = deliveries.payload(id);
        deliveries.status(id, Delivery.Status.PENDING);
        attempt(id, subscription, notification(payload), payload);
    }

    private void attempt(long id, Subscription to, Notification notification, String payload) {
        var sender = to.channel() == Channel.WEBHOOK ? webhooks : mails;
        for (int attempt = 1; attempt <= properties.attempts(); attempt++) {
            if (attempt > 1 && !pause(properties.backoff().multipliedBy(1L << Math.min(attempt - 2, 20)))) {
                break;
            }
            var result = sender.send(to, id, notification, payload);
            deliveries.attempted(id, result, clock.instant());
            if (result.delivered()) {
                return;
            }
        }
        deliveries.status(id, Delivery.Status.FAILED);
    }

    /** False when interrupted: the delivery is then left FAILED, to be retried by hand. */
    private static boolean pause(Duration wait) {
        if (wait.isZero() || wait.isNegative()) {
            return true;
        }
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String payload(Notification notification) {
        try {
            return json.writeValueAsString(notification);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a notification could not be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private Notification notification(String payload) {
        try {
            return json.readValue(payload, Notification.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a recorded notification could not be read: " + e.getOriginalMessage(), e);
        }
    }
}
