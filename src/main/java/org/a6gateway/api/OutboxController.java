package org.a6gateway.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.a6gateway.api.generated.OutboxApi;
import org.a6gateway.api.generated.model.CommandKind;
import org.a6gateway.api.generated.model.DeadLetterReplay;
import org.a6gateway.api.generated.model.OutboxCommandPage;
import org.a6gateway.api.generated.model.OutboxCommandView;
import org.a6gateway.api.generated.model.OutboxState;
import org.a6gateway.outbox.Outbox;
import org.a6gateway.outbox.OutboxView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The outbox for operators: what waits for, reached, or was refused by each registry. A replay
 * only puts dead letters back in line (200 with what changed); the next delivery step pushes them.
 */
@RestController
@RequestMapping("/api/v1")
class OutboxController implements OutboxApi {

    private final Outbox outbox;

    OutboxController(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public ResponseEntity<OutboxCommandPage> listOutboxCommands(String registry, OutboxState state, Integer page, Integer size) {
        var found = outbox.page(registry, state == null ? null : state.getValue(), page, size);
        return ResponseEntity.ok(new OutboxCommandPage().page(page).size(size).total(found.getTotalElements())
                .items(found.getContent().stream().map(OutboxController::view).toList()));
    }

    @Override
    public ResponseEntity<OutboxCommandView> replayDeadLetter(Long commandId) {
        return outbox.replayDeadLetter(commandId).map(c -> ResponseEntity.ok(view(c)))
                .orElseThrow(() -> new NotFound("no outbox command " + commandId));
    }

    @Override
    public ResponseEntity<DeadLetterReplay> replayDeadLetters(String registry) {
        return ResponseEntity.ok(new DeadLetterReplay().registry(registry).replayed(outbox.replayDeadLetters(registry)));
    }

    static OutboxCommandView view(OutboxView c) {
        return new OutboxCommandView().id(c.id()).idempotencyKey(c.idempotencyKey()).registry(c.registry()).operation(c.operation())
                .subject(c.subject()).cause(c.cause()).state(OutboxState.fromValue(c.status())).attempts(c.attempts())
                .lastError(c.lastError()).createdAt(utc(c.createdAt())).deliveredAt(utc(c.deliveredAt()))
                .kind(CommandKind.fromValue(c.kind())).decidedBy(c.decidedBy()).decidedAt(utc(c.decidedAt()))
                .decisionComment(c.decisionComment());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
