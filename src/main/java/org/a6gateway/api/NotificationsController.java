package org.a6gateway.api;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import org.a6gateway.api.generated.NotificationsApi;
import org.a6gateway.api.generated.model.GatewayRole;
import org.a6gateway.api.generated.model.NewSubscription;
import org.a6gateway.api.generated.model.NotificationDelivery;
import org.a6gateway.api.generated.model.NotificationEvent;
import org.a6gateway.api.generated.model.NotificationSubscription;
import org.a6gateway.notifications.Channel;
import org.a6gateway.notifications.Delivery;
import org.a6gateway.notifications.NotificationKind;
import org.a6gateway.notifications.Notifications;
import org.a6gateway.notifications.Subscription;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Each role's subscriptions and their deliveries: a caller acts for the role it holds, never another's. */
@RestController
@RequestMapping("/api/v1")
class NotificationsController implements NotificationsApi {

    private final Notifications notifications;

    NotificationsController(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public ResponseEntity<List<NotificationSubscription>> listSubscriptions(GatewayRole role) {
        return ResponseEntity.ok(notifications.subscriptions(SignedIn.actingAs(name(role))).stream()
                .map(s -> view(s, false)).toList());
    }

    @Override
    public ResponseEntity<NotificationSubscription> createSubscription(NewSubscription asked) {
        var events = EnumSet.allOf(NotificationKind.class);
        if (asked.getEvents() != null && !asked.getEvents().isEmpty()) {
            events = EnumSet.noneOf(NotificationKind.class);
            for (var event : asked.getEvents()) {
                events.add(NotificationKind.valueOf(event.getValue()));
            }
        }
        var made = notifications.subscribe(SignedIn.actingAs(name(asked.getRole())), Channel.valueOf(asked.getChannel().getValue()),
                asked.getTarget(), events, asked.getSecret(), SignedIn.name());
        return ResponseEntity.created(URI.create("/api/v1/notifications/subscriptions/" + made.id())).body(view(made, true));
    }

    @Override
    public ResponseEntity<Void> deleteSubscription(Long subscriptionId, GatewayRole role) {
        try {
            notifications.unsubscribe(subscriptionId, SignedIn.actingAs(name(role)));
        } catch (NoSuchElementException e) {
            throw new NotFound(e.getMessage());
        }
        return ResponseEntity.noContent().build();
    }

    @Override
    public ResponseEntity<List<NotificationDelivery>> listDeliveries(GatewayRole role, Long subscription, Integer limit) {
        int size = limit == null ? 100 : limit;
        return ResponseEntity.ok(notifications.deliveries(SignedIn.actingAs(name(role)), subscription, size).stream()
                .map(NotificationsController::view).toList());
    }

    @Override
    public ResponseEntity<NotificationDelivery> redeliverNotification(Long deliveryId, GatewayRole role) {
        try {
            return ResponseEntity.ok(view(notifications.redeliver(deliveryId, SignedIn.actingAs(name(role)))));
        } catch (NoSuchElementException e) {
            throw new NotFound(e.getMessage());
        }
    }

    private static String name(GatewayRole role) {
        return role == null ? null : role.getValue();
    }

    private static NotificationSubscription view(Subscription s, boolean withSecret) {
        var view = new NotificationSubscription().id(s.id()).role(GatewayRole.fromValue(s.role().name()))
                .channel(NotificationSubscription.ChannelEnum.fromValue(s.channel().name())).target(s.target())
                .events(s.events().stream().sorted().map(k -> NotificationEvent.fromValue(k.name())).toList())
                .createdBy(s.createdBy()).createdAt(utc(s.createdAt()));
        return withSecret ? view.secret(s.secret()) : view;
    }

    private static NotificationDelivery view(Delivery d) {
        return new NotificationDelivery().id(d.id()).subscriptionId(d.subscriptionId()).notificationId(d.notificationId())
                .event(NotificationEvent.fromValue(d.event().name())).syncRun(d.syncRun())
                .status(NotificationDelivery.StatusEnum.fromValue(d.status().name())).attempts(d.attempts())
                .lastStatus(d.lastStatus()).lastError(d.lastError()).createdAt(utc(d.createdAt())).deliveredAt(utc(d.deliveredAt()));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
