package org.a6gateway.outbox;

/**
 * An officer reopened the rejected registration of an ITMO pair: the pair stands again and its
 * registration waits for a new decision. Published in the transaction of the reopening.
 */
public record PairRegistrationReopened(ItmoCommands.PairRegistration registration) {
}
