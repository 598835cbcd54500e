package org.a6gateway.notifications;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * POSTs the notification as JSON, signed ({@link Signatures}), with the event and the delivery's id
 * in headers so a receiver can route it and drop a repeat. Any 2xx answer delivers; redirects are
 * not followed (a receiver that moved must be subscribed anew).
 */
@Component
class WebhookSender implements Sender {

    private final HttpClient http;
    private final NotificationProperties properties;
    private final Clock clock;

    WebhookSender(NotificationProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public Attempt send(Subscription to, long delivery, Notification notification, String payload) {
        var request = HttpRequest.newBuilder(URI.create(to.target())).timeout(properties.timeout())
                .header("Content-Type", "application/json")
                .header("A6-Event", notification.kind().name())
                .header("A6-Delivery", Long.toString(delivery))
                .header("A6-Notification", notification.id())
                .header(Signatures.HEADER, Signatures.sign(to.secret(), clock.instant().getEpochSecond(), payload))
                .POST(HttpRequest.BodyPublishers.ofString(payload)).build();
        try {
            var answer = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = answer.statusCode();
            return status / 100 == 2 ? Attempt.ok(status) : Attempt.failed(status, to.target() + " answered " + status);
        } catch (IOException e) {
            return Attempt.failed(null, to.target() + " could not be reached: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Attempt.failed(null, "interrupted before " + to.target() + " answered");
        }
    }
}
