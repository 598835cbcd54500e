package org.a6gateway.outbox;

/** A command a push dead-lettered, and why: what a faulty run's summary names. */
public record DeadLetter(String registry, long commandId, String operation, String subject, String reason) {
}
