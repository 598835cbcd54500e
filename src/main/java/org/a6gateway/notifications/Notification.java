package org.a6gateway.notifications;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One thing to tell, as every channel sends it: {@code text} in plain words for a person,
 * {@code details} for a program (no personal data: registries, serials, counts and reasons).
 */
public record Notification(String id, NotificationKind kind, Instant occurredAt, long syncRun, String text,
                           Map<String, Object> details) {

    public Notification {
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }
}
