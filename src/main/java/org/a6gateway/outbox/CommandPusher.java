package org.a6gateway.outbox;

import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;

/**
 * Delivers one registry's outbox commands with their idempotency keys, for a push route. While
 * the registry's breaker is open, commands are not sent: they stay pending for a later push
 * instead of each waiting out its retries against a registry that is down.
 *
 * <p>Acknowledgements are recorded {@value #ACKNOWLEDGEMENTS_PER_COMMIT} to a transaction, not one
 * by one: a commit per command cost more than the command's own request. A crash loses at most
 * that many acknowledgements; their commands stay pending and are sent again under the same
 * idempotency keys, which a registry answers as it did the first time, changing nothing.
 */
public abstract class CommandPusher {

    public static final int ACKNOWLEDGEMENTS_PER_COMMIT = 50;

    private final Outbox outbox;
    private final String registry;
    private int delivered;
    private int deadLettered;
    private int deferred;
    private final List<DeadLetter> deadLetters = new ArrayList<>();
    private final List<Acknowledgement> acknowledged = new ArrayList<>();
    private final CircuitBreaker breaker;

    protected CommandPusher(Outbox outbox, String registry, Breakers breakers) {
        this.outbox = outbox;
        this.registry = registry;
        this.breaker = breakers.of(registry);
    }

    public synchronized List<PendingCommand> start() {
        delivered = deadLettered = deferred = 0;
        deadLetters.clear();
        // what an aborted push had not recorded yet is still pending: it is sent again
        acknowledged.clear();
        return outbox.pending(registry, 100_000);
    }

    public void deliver(PendingCommand command) {
        if (!breaker.allows()) {
            deferred++;
            return;
        }
        String answer = send(command);
        acknowledged.add(new Acknowledgement(command.id(), answer, outbox.now()));
        breaker.succeeded();
        if (acknowledged.size() >= ACKNOWLEDGEMENTS_PER_COMMIT) {
            record();
        }
    }

    /** Whether or not the commit succeeds: what it could not record stays pending, to be sent again. */
    private void record() {
        if (acknowledged.isEmpty()) {
            return;
        }
        try {
            outbox.delivered(List.copyOf(acknowledged));
            delivered += acknowledged.size();
        } finally {
            acknowledged.clear();
        }
    }

    /** Called once a command's retries are exhausted, or at once for a command the registry refused. */
    public void deadLetter(Exchange exchange) {
        var command = exchange.getMessage().getBody(PendingCommand.class);
        var cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String reason = cause == null ? "failed" : cause.getMessage();
        outbox.failed(command.id(), reason, true);
        deadLettered++;
        if (deadLetters.size() < PushResult.NAMED_DEAD_LETTERS) {
            deadLetters.add(new DeadLetter(registry, command.id(), command.operation(), command.subject(), reason));
        }
        breaker.failed();
    }

    public PushResult result() {
        record();
        return new PushResult(delivered, deadLettered, deferred, List.copyOf(deadLetters));
    }

    /** Sends the command; returns the registry's answer for the ledger. */
    protected abstract String send(PendingCommand command);

    /**
     * A 4xx means the registry refused this command: retrying cannot help, so it is dead-lettered
     * at once — except 408 and 429, which say "later".
     */
    protected RuntimeException refusal(PendingCommand command, HttpClientErrorException e) {
        int status = e.getStatusCode().value();
        if (status == HttpStatus.TOO_MANY_REQUESTS.value() || status == HttpStatus.REQUEST_TIMEOUT.value()) {
            return e;
        }
        return new RejectedCommand(registry + " refused " + command.subject() + ": " + status + " "
                + e.getResponseBodyAsString(), e);
    }

    protected RejectedCommand unreadable(PendingCommand command, Exception e) {
        return new RejectedCommand("outbox command " + command.id() + " is unreadable: " + e.getMessage(), e);
    }
}
