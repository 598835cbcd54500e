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
 */
public abstract class CommandPusher {

    private final Outbox outbox;
    private final String registry;
    private int delivered;
    private int deadLettered;
    private int deferred;
    private final List<DeadLetter> deadLetters = new ArrayList<>();
    private final CircuitBreaker breaker;

    protected CommandPusher(Outbox outbox, String registry, Breakers breakers) {
        this.outbox = outbox;
        this.registry = registry;
        this.breaker = breakers.of(registry);
    }

    public synchronized List<PendingCommand> start() {
        delivered = deadLettered = deferred = 0;
        deadLetters.clear();
        return outbox.pending(registry, 100_000);
    }

    public void deliver(PendingCommand command) {
        if (!breaker.allows()) {
            deferred++;
            return;
        }
        outbox.delivered(command.id(), send(command));
        delivered++;
        breaker.succeeded();
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
