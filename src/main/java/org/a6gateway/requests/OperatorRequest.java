package org.a6gateway.requests;

import java.time.Duration;
import java.time.Instant;

/**
 * One thing a read-only registry's operator is asked to do, in the registry's terms: {@code action}
 * ("apply label", "remove label", "attach ITMO reference", "remove ITMO reference") on the units of
 * {@code serial} (the registry's own serial for exactly those units; null when the gateway holds no
 * block of the registry for them any more), with the label's text as the registry writes it, or the
 * ITMO ids to attach.
 */
public record OperatorRequest(long id, String registry, String action, String serial, long units, String labelText,
                              String authorizationId, String firstItmoId, String lastItmoId, String subject,
                              String cause, Instant requestedAt, Duration age) {
}
