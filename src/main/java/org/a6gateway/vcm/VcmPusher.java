package org.a6gateway.vcm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.a6gateway.authorization.AuthorizationLabelling;
import org.a6gateway.authorization.LabelCommand;
import org.a6gateway.ledger.Outbox;
import org.a6gateway.ledger.PendingCommand;
import org.a6gateway.ledger.PushResult;
import org.a6gateway.ledger.RejectedCommand;
import org.a6gateway.vcm.client.api.LabelsApi;
import org.a6gateway.vcm.client.model.Label;
import org.a6gateway.vcm.client.model.LabelCode;
import org.a6gateway.vcm.client.model.RangeWriteResult;
import org.a6gateway.vcm.client.model.SerialRangeRef;
import org.apache.camel.Exchange;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;

/**
 * Delivers the private registry's outbox commands with their idempotency keys. After a run of
 * consecutive failures it stops calling for the rest of the push (a breaker): the commands stay
 * pending for the next run instead of each waiting out its retries against a registry that is down.
 */
@Component("vcmPusher")
class VcmPusher {

    static final int BREAKER_THRESHOLD = 5;

    private final LabelsApi labels;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final VcmProperties properties;
    private int delivered;
    private int deadLettered;
    private int deferred;
    private int consecutiveFailures;

    VcmPusher(LabelsApi labels, Outbox outbox, ObjectMapper json, VcmProperties properties) {
        this.labels = labels;
        this.outbox = outbox;
        this.json = json;
        this.properties = properties;
    }

    public synchronized List<PendingCommand> start() {
        delivered = deadLettered = deferred = consecutiveFailures = 0;
        return outbox.pending(properties.name(), 100_000);
    }

    public void deliver(PendingCommand command) {
        if (consecutiveFailures >= BREAKER_THRESHOLD) {
            deferred++;
            return;
        }
        var answer = send(command, read(command));
        outbox.delivered(command.id(), "blocks " + answer.getBlocks().stream()
                .map(b -> b.getBlockId() + " v" + b.getVersion()).toList());
        delivered++;
        consecutiveFailures = 0;
    }

    /** Called once a command's retries are exhausted, or at once for a command the registry refused. */
    public void deadLetter(Exchange exchange) {
        var command = exchange.getMessage().getBody(PendingCommand.class);
        var cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        outbox.failed(command.id(), cause == null ? "failed" : cause.getMessage(), true);
        deadLettered++;
        consecutiveFailures++;
    }

    public PushResult result() {
        return new PushResult(delivered, deadLettered, deferred);
    }

    private RangeWriteResult send(PendingCommand command, org.a6gateway.vcm.client.model.LabelCommand body) {
        try {
            return AuthorizationLabelling.OPERATION_APPLY.equals(command.operation())
                    ? labels.applyLabel(command.idempotencyKey(), body)
                    : labels.removeLabel(command.idempotencyKey(), body);
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode().value() == HttpStatus.TOO_MANY_REQUESTS.value()
                    || e.getStatusCode().value() == HttpStatus.REQUEST_TIMEOUT.value()) {
                throw e;
            }
            throw new RejectedCommand(properties.name() + " refused " + command.subject() + ": "
                    + e.getStatusCode().value() + " " + e.getResponseBodyAsString(), e);
        }
    }

    private org.a6gateway.vcm.client.model.LabelCommand read(PendingCommand command) {
        try {
            var c = json.readValue(command.payload(), LabelCommand.class);
            return new org.a6gateway.vcm.client.model.LabelCommand()
                    .range(new SerialRangeRef().program(c.program()).issuanceId(c.issuanceId())
                            .start(c.range().start()).end(c.range().end()))
                    .label(new Label().code(LabelCode.fromValue(c.code().name())).text(c.text())
                            .authorizationId(c.authorizationId()));
        } catch (JsonProcessingException e) {
            throw new RejectedCommand("outbox command " + command.id() + " is unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
