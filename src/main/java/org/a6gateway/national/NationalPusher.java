package org.a6gateway.national;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.a6gateway.national.client.api.ItmoPairsApi;
import org.a6gateway.national.client.model.ItmoPair;
import org.a6gateway.national.client.model.ItmoPairWithdrawal;
import org.a6gateway.outbox.Breakers;
import org.a6gateway.outbox.CommandPusher;
import org.a6gateway.outbox.ItmoCommands;
import org.a6gateway.outbox.Operations;
import org.a6gateway.outbox.Outbox;
import org.a6gateway.outbox.PendingCommand;
import org.a6gateway.outbox.RejectedCommand;
import org.springframework.web.client.HttpClientErrorException;

/** Delivers the national registry's outbox commands: ITMO pair registrations and withdrawals. */
class NationalPusher extends CommandPusher {

    private final ItmoPairsApi pairs;
    private final ObjectMapper json;

    NationalPusher(String registry, ItmoPairsApi pairs, Outbox outbox, ObjectMapper json, Breakers breakers) {
        super(outbox, registry, breakers);
        this.pairs = pairs;
        this.json = json;
    }

    @Override
    protected String send(PendingCommand command) {
        try {
            return switch (command.operation()) {
                case Operations.REGISTER_PAIR -> {
                    var answer = pairs.registerItmoPair(command.idempotencyKey(), body(command));
                    yield "ITMO pair " + answer.getFirstItmoId() + ".." + answer.getLastItmoId() + " registered";
                }
                case Operations.WITHDRAW_PAIR -> {
                    var answer = pairs.withdrawItmoPair(command.idempotencyKey(), withdrawal(command));
                    yield "ITMO " + answer.getFirstItmoId() + ".." + answer.getLastItmoId() + " withdrawn";
                }
                default -> throw new RejectedCommand("no such operation on the national registry: " + command.operation(), null);
            };
        } catch (HttpClientErrorException e) {
            throw refusal(command, e);
        }
    }

    private ItmoPairWithdrawal withdrawal(PendingCommand command) {
        try {
            var c = json.readValue(command.payload(), ItmoCommands.PairWithdrawal.class);
            return new ItmoPairWithdrawal().firstItmoId(c.firstItmoId()).lastItmoId(c.lastItmoId())
                    .underlyingRegistry(c.underlyingRegistry()).issuanceId(c.issuanceId())
                    .firstUnitId(Long.toString(c.firstUnit())).lastUnitId(Long.toString(c.lastUnit()))
                    .quantity(c.quantity()).unitsPerItmo(c.unitsPerItmo()).authorizationId(c.authorizationId()).cause(c.cause());
        } catch (JsonProcessingException e) {
            throw unreadable(command, e);
        }
    }

    private ItmoPair body(PendingCommand command) {
        try {
            var c = json.readValue(command.payload(), ItmoCommands.PairRegistration.class);
            return new ItmoPair().firstItmoId(c.firstItmoId()).lastItmoId(c.lastItmoId())
                    .underlyingRegistry(c.underlyingRegistry()).issuanceId(c.issuanceId())
                    .firstUnitId(Long.toString(c.firstUnit())).lastUnitId(Long.toString(c.lastUnit()))
                    .quantity(c.quantity()).unitsPerItmo(c.unitsPerItmo()).authorizationId(c.authorizationId());
        } catch (JsonProcessingException e) {
            throw unreadable(command, e);
        }
    }
}
