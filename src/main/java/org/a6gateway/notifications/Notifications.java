package org.a6gateway.notifications;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.a6gateway.jobs.TransitionRefused;
import org.a6gateway.security.Role;
import org.springframework.stereotype.Service;

/**
 * The subscriptions of each role and their deliveries: members of a role manage that role's
 * subscriptions and read their deliveries, and nobody else's.
 */
@Service
public class Notifications {

    /** Shorter secrets are guessable enough to forge a signature. */
    static final int SECRET_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Subscriptions subscriptions;
    private final Deliveries deliveries;
    private final Dispatcher dispatcher;
    private final EmailSender mails;
    private final Clock clock;

    Notifications(Subscriptions subscriptions, Deliveries deliveries, Dispatcher dispatcher, EmailSender mails, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.dispatcher = dispatcher;
        this.mails = mails;
        this.clock = clock;
    }

    /**
     * A new subscription of {@code role}. A webhook without a secret gets one made here; the
     * answer is the only time it is shown.
     */
    public Subscription subscribe(Role role, Channel channel, String target, Set<NotificationKind> events, String secret,
                                  String by) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("a subscription names at least one event");
        }
        String checkedTarget = channel == Channel.WEBHOOK ? webhookUrl(target) : mailAddress(target);
        String key = channel == Channel.WEBHOOK ? secret(secret) : null;
        return subscriptions.add(role, channel, checkedTarget, events, key, by, clock.instant());
    }

    public List<Subscription> subscriptions(Role role) {
        return subscriptions.activeOf(role);
    }

    public void unsubscribe(long id, Role role) {
        if (!subscriptions.remove(id, role, clock.instant())) {
            throw new NoSuchElementException("no subscription " + id + " of role " + role);
        }
    }

    public List<Delivery> deliveries(Role role, Long subscription, int limit) {
        return deliveries.ofRole(role, subscription, limit);
    }

    /** A FAILED delivery tried again, as the role's member asks once the receiver is back. */
    public Delivery redeliver(long id, Role role) {
        var delivery = deliveries.find(id).orElseThrow(() -> new NoSuchElementException("no delivery " + id));
        var subscription = subscriptions.find(delivery.subscriptionId()).filter(s -> s.role() == role)
                .orElseThrow(() -> new NoSuchElementException("no delivery " + id + " to a subscription of role " + role));
        if (delivery.status() != Delivery.Status.FAILED) {
            throw new TransitionRefused("delivery " + id + " is " + delivery.status() + ": only a FAILED one is tried again");
        }
        dispatcher.redeliver(id, subscription);
        return deliveries.find(id).orElseThrow();
    }

    private static String webhookUrl(String target) {
        URI url;
        try {
            url = URI.create(target.trim());
        } catch (IllegalArgumentException e) {
            throw notAWebhook(target, e);
        }
        if (url.getHost() == null || !("https".equalsIgnoreCase(url.getScheme()) || "http".equalsIgnoreCase(url.getScheme()))) {
            throw notAWebhook(target, null);
        }
        return url.toString();
    }

    private static IllegalArgumentException notAWebhook(String target, Exception cause) {
        return new IllegalArgumentException("a webhook is an absolute http or https URL, not '" + target + "'", cause);
    }

    private String mailAddress(String target) {
        if (!mails.configured()) {
            throw new IllegalArgumentException("this gateway sends no e-mail: no SMTP server is configured (spring.mail.host)");
        }
        try {
            var address = new InternetAddress(target.trim(), true);
            address.validate();
            return address.getAddress();
        } catch (AddressException e) {
            throw new IllegalArgumentException("'" + target + "' is not an e-mail address: " + e.getMessage(), e);
        }
    }

    private static String secret(String given) {
        if (given == null || given.isEmpty()) {
            var bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            return HexFormat.of().formatHex(bytes);
        }
        if (given.length() < SECRET_LENGTH) {
            throw new IllegalArgumentException("a webhook secret has at least " + SECRET_LENGTH + " characters");
        }
        return given;
    }
}
