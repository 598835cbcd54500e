package org.a6gateway.notifications;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How deliveries are tried ({@code a6.notifications.*}): {@code attempts} in all, the wait before
 * the second {@code backoff} and doubling after; {@code timeout} bounds each webhook call;
 * {@code mailFrom} is the e-mails' sender (the SMTP server is Spring Boot's {@code spring.mail.*}).
 */
@ConfigurationProperties("a6.notifications")
public record NotificationProperties(Integer attempts, Duration backoff, Duration timeout, String mailFrom) {

    public NotificationProperties {
        attempts = attempts == null ? 4 : attempts;
        backoff = backoff == null ? Duration.ofSeconds(2) : backoff;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        mailFrom = mailFrom == null || mailFrom.isBlank() ? "a6-gateway@localhost" : mailFrom;
        if (attempts < 1) {
            throw new IllegalArgumentException("a6.notifications.attempts must be at least 1, not " + attempts);
        }
    }
}
