package org.a6gateway.vcm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.a6gateway.outbox.Breakers;
import org.a6gateway.outbox.CommandPusher;
import org.a6gateway.outbox.ItmoCommands;
import org.a6gateway.outbox.LabelCommand;
import org.a6gateway.outbox.Operations;
import org.a6gateway.outbox.Outbox;
import org.a6gateway.outbox.PendingCommand;
import org.a6gateway.outbox.RejectedCommand;
import org.a6gateway.vcm.client.api.ItmoReferencesApi;
import org.a6gateway.vcm.client.api.LabelsApi;
import org.a6gateway.vcm.client.model.ItmoReference;
import org.a6gateway.vcm.client.model.ItmoReferenceCommand;
import org.a6gateway.vcm.client.model.ItmoReferenceRemovalCommand;
import org.a6gateway.vcm.client.model.Label;
import org.a6gateway.vcm.client.model.LabelCode;
import org.a6gateway.vcm.client.model.RangeWriteResult;
import org.a6gateway.vcm.client.model.SerialRangeRef;
import org.springframework.web.client.HttpClientErrorException;

/** Delivers one private registry's outbox commands: label applications and removals, ITMO references attached and removed. */
class VcmPusher extends CommandPusher {

    private final LabelsApi labels;
    private final ItmoReferencesApi references;
    private final ObjectMapper json;

    VcmPusher(String registry, LabelsApi labels, ItmoReferencesApi references, Outbox outbox, ObjectMapper json,
              Breakers breakers) {
        super(outbox, registry, breakers);
        this.labels = labels;
        this.references = references;
        this.json = json;
    }

    @Override
    protected String send(PendingCommand command) {
        try {
            var answer = switch (command.operation()) {
                case Operations.APPLY_LABEL -> labels.applyLabel(command.idempotencyKey(), labelCommand(command));
                case Operations.REMOVE_LABEL -> labels.removeLabel(command.idempotencyKey(), labelCommand(command));
                case Operations.ATTACH_REFERENCE -> references.attachItmoReference(command.idempotencyKey(), referenceCommand(command));
                case Operations.DETACH_REFERENCE -> references.removeItmoReference(command.idempotencyKey(), removalCommand(command));
                default -> throw new RejectedCommand("no such operation on the private registry: " + command.operation(), null);
            };
            return written(answer);
        } catch (HttpClientErrorException e) {
            throw refusal(command, e);
        }
    }

    private static String written(RangeWriteResult answer) {
        return "blocks " + answer.getBlocks().stream().map(b -> b.getBlockId() + " v" + b.getVersion()).toList();
    }

    private org.a6gateway.vcm.client.model.LabelCommand labelCommand(PendingCommand command) {
        var c = read(command, LabelCommand.class);
        return new org.a6gateway.vcm.client.model.LabelCommand()
                .range(new SerialRangeRef().program(c.program()).issuanceId(c.issuanceId())
                        .start(c.range().start()).end(c.range().end()))
                .label(new Label().code(LabelCode.fromValue(c.code().name())).text(c.text())
                        .authorizationId(c.authorizationId()));
    }

    private ItmoReferenceCommand referenceCommand(PendingCommand command) {
        var c = read(command, ItmoCommands.ReferenceAttachment.class);
        return new ItmoReferenceCommand()
                .range(new SerialRangeRef().program(c.program()).issuanceId(c.issuanceId()).start(c.start()).end(c.end()))
                .reference(new ItmoReference().firstItmoId(c.firstItmoId()).lastItmoId(c.lastItmoId())
                        .nationalRegistry(c.nationalRegistry()).firstUnit(c.start()));
    }

    private ItmoReferenceRemovalCommand removalCommand(PendingCommand command) {
        var c = read(command, ItmoCommands.ReferenceRemoval.class);
        return new ItmoReferenceRemovalCommand()
                .range(new SerialRangeRef().program(c.program()).issuanceId(c.issuanceId()).start(c.start()).end(c.end()))
                .cause(c.cause());
    }

    private <T> T read(PendingCommand command, Class<T> type) {
        try {
            return json.readValue(command.payload(), type);
        } catch (JsonProcessingException e) {
            throw unreadable(command, e);
        }
    }
}
