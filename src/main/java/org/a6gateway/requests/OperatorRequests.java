package org.a6gateway.requests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.a6gateway.connectors.Connectors;
import org.a6gateway.connectors.RegistryConnector;
import org.a6gateway.connectors.RegistryHoldings;
import org.a6gateway.outbox.ItmoCommands;
import org.a6gateway.outbox.LabelCommand;
import org.a6gateway.outbox.OpenCommand;
import org.a6gateway.outbox.Operations;
import org.a6gateway.outbox.Outbox;
import org.a6gateway.units.SerialRange;
import org.springframework.stereotype.Service;

/**
 * The open requests of every read-only registry: its pending outbox commands, oldest first, each
 * told in the registry's terms. A request stays open until the registry's data shows it carried
 * out (connectors.SeenDone) or a later decision supersedes it.
 */
@Service
public class OperatorRequests {

    private final Connectors connectors;
    private final Outbox outbox;
    private final RegistryHoldings holdings;
    private final ObjectMapper json;
    private final Clock clock;

    OperatorRequests(Connectors connectors, Outbox outbox, RegistryHoldings holdings, ObjectMapper json, Clock clock) {
        this.connectors = connectors;
        this.outbox = outbox;
        this.holdings = holdings;
        this.json = json;
        this.clock = clock;
    }

    /** The read-only registries' ids, in the order configured. */
    public List<String> registries() {
        return connectors.all().stream().filter(RegistryConnector::readOnly).map(RegistryConnector::id).toList();
    }

    /** Every open request, or those of one registry ({@code registry} not null). */
    public List<OperatorRequest> open(String registry) {
        var requests = new ArrayList<OperatorRequest>();
        for (String id : registries()) {
            if (registry == null || registry.equals(id)) {
                outbox.open(id).forEach(command -> requests.add(request(command)));
            }
        }
        return requests;
    }

    private OperatorRequest request(OpenCommand command) {
        var age = Duration.between(command.createdAt(), clock.instant());
        return switch (command.operation()) {
            case Operations.APPLY_LABEL, Operations.REMOVE_LABEL -> {
                var c = read(command, LabelCommand.class);
                yield new OperatorRequest(command.id(), command.registry(),
                        Operations.APPLY_LABEL.equals(command.operation()) ? "apply label" : "remove label",
                        serial(command.registry(), c.program(), c.issuanceId(), c.range()), c.range().quantity(), c.text(),
                        c.authorizationId(), null, null, command.subject(), command.cause(), command.createdAt(), age);
            }
            case Operations.ATTACH_REFERENCE -> {
                var c = read(command, ItmoCommands.ReferenceAttachment.class);
                var range = SerialRange.of(c.start(), c.end());
                yield new OperatorRequest(command.id(), command.registry(), "attach ITMO reference",
                        serial(command.registry(), c.program(), c.issuanceId(), range), range.quantity(), null, null,
                        c.firstItmoId(), c.lastItmoId(), command.subject(), command.cause(), command.createdAt(), age);
            }
            case Operations.DETACH_REFERENCE -> {
                var c = read(command, ItmoCommands.ReferenceRemoval.class);
                var range = SerialRange.of(c.start(), c.end());
                yield new OperatorRequest(command.id(), command.registry(), "remove ITMO reference",
                        serial(command.registry(), c.program(), c.issuanceId(), range), range.quantity(), null, null,
                        null, null, command.subject(), command.cause(), command.createdAt(), age);
            }
            default -> new OperatorRequest(command.id(), command.registry(), command.operation(), null, 0, null, null,
                    null, null, command.subject(), command.cause(), command.createdAt(), age);
        };
    }

    private String serial(String registry, String program, String issuance, SerialRange range) {
        return holdings.serial(registry, program, issuance, range).orElse(null);
    }

    private <T> T read(OpenCommand command, Class<T> type) {
        try {
            return json.readValue(command.payload(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("outbox command " + command.id() + " is unreadable: " + e.getMessage(), e);
        }
    }
}
