package org.a6gateway.outbox;

/**
 * An officer rejected the registration of an ITMO pair ({@code registration}: its body as decided):
 * the pair is never issued. Published in the transaction of the decision.
 */
public record PairRegistrationRejected(ItmoCommands.PairRegistration registration) {
}
