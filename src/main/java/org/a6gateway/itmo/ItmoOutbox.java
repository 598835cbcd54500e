package org.a6gateway.itmo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.ledger.Sha256;
import org.a6gateway.outbox.ItmoCommands;
import org.a6gateway.outbox.Operations;
import org.a6gateway.outbox.OutboxEntry;
import org.a6gateway.units.ItmoPair;
import org.a6gateway.units.SerialRange;
import org.springframework.stereotype.Component;

/**
 * The outbox entries of the ITMO job: register a pair on the national registry, attach the ITMO
 * reference to the private units. Keys come from the content, so deciding twice enqueues once.
 */
@Component
public class ItmoOutbox {

    private final ObjectMapper json;

    ItmoOutbox(ObjectMapper json) {
        this.json = json;
    }

    OutboxEntry register(String registry, MintedPair minted, Long job) {
        var pair = minted.pair();
        var command = new ItmoCommands.PairRegistration(pair.itmo().first().toString(), pair.itmo().last().toString(),
                pair.underlyingRegistry(), pair.issuance(), pair.units().start(), pair.units().end(),
                pair.itmo().quantity(), unitsPerItmo(pair), minted.authorizationId());
        String subject = "ITMO " + command.firstItmoId() + ".." + command.lastItmoId();
        String cause = "authorization " + minted.authorizationId() + " v" + minted.authorizationVersion()
                + ", first transfer on " + minted.firstTransfer().trigger() + cause(job);
        return new OutboxEntry(key(Operations.REGISTER_PAIR, subject), registry, Operations.REGISTER_PAIR, subject, write(command),
                cause, job, "units " + pair.underlyingRegistry() + " " + pair.issuance() + " " + pair.units()
                        + " of block " + minted.blockId() + " without ITMO identifier");
    }

    OutboxEntry attach(String registry, ItmoPair pair, BlockRecord block, SerialRange units, String authorizationId,
                       Long job) {
        String program = block.program();
        var itmo = pair.part(units).itmo();
        var first = itmo.first();
        var last = itmo.last();
        var command = new ItmoCommands.ReferenceAttachment(program, pair.issuance(), units.start(), units.end(), first.toString(),
                last.toString(), first.registryId());
        String subject = program + " " + pair.issuance() + " " + units + " ITMO " + first + ".." + last;
        var reference = block.itmoReference();
        return new OutboxEntry(key(Operations.ATTACH_REFERENCE, subject), registry, Operations.ATTACH_REFERENCE, subject, write(command),
                "ITMO pair of authorization " + authorizationId + " confirmed by the national registry" + cause(job), job,
                block.blockId() + " v" + block.sourceVersion() + " ITMO reference "
                        + (reference == null ? "none" : reference.firstItmoId() + ".." + reference.lastItmoId()));
    }

    OutboxEntry withdraw(String registry, ReversalDecisions.Withdraw withdraw, Long job) {
        var stored = withdraw.pair();
        var part = stored.pair().part(withdraw.units());
        var command = new ItmoCommands.PairWithdrawal(part.itmo().first().toString(), part.itmo().last().toString(),
                part.underlyingRegistry(), part.issuance(), part.units().start(), part.units().end(),
                part.itmo().quantity(), unitsPerItmo(part), stored.authorizationId(), withdraw.cause());
        String subject = "ITMO " + command.firstItmoId() + ".." + command.lastItmoId();
        return new OutboxEntry(key(Operations.WITHDRAW_PAIR, subject), registry, Operations.WITHDRAW_PAIR, subject, write(command),
                withdraw.cause() + cause(job), job, "ITMO " + stored.pair().itmo().first() + ".." + stored.pair().itmo().last()
                        + " standing for units " + part.underlyingRegistry() + " " + part.issuance() + " " + stored.pair().units());
    }

    OutboxEntry detach(String registry, ReversalDecisions.Detach detach, Long job) {
        var block = detach.block();
        var command = new ItmoCommands.ReferenceRemoval(block.program(), block.issuanceId(), detach.units().start(), detach.units().end(),
                detach.cause());
        String subject = block.program() + " " + block.issuanceId() + " " + detach.units() + " ITMO reference";
        var reference = block.itmoReference();
        // The block's version in the key: a reference the registry puts back later is taken off again.
        return new OutboxEntry(key(Operations.DETACH_REFERENCE, subject + " v" + block.sourceVersion()), registry, Operations.DETACH_REFERENCE,
                subject, write(command), detach.cause() + cause(job), job, block.blockId() + " v" + block.sourceVersion()
                        + " ITMO reference " + reference.firstItmoId() + ".." + reference.lastItmoId());
    }

    /** Absent (one) unless an ITMO stands for more than one unit: the national contract's default. */
    private static Long unitsPerItmo(ItmoPair pair) {
        return pair.unitsPerItmo() == 1 ? null : pair.unitsPerItmo();
    }

    private static String cause(Long job) {
        return job == null ? "" : ", job execution " + job;
    }

    private static String key(String operation, String subject) {
        return "a6-" + Sha256.hex(operation + "|" + subject).substring(0, 48);
    }

    private String write(Object command) {
        try {
            return json.writeValueAsString(command);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write ITMO command", e);
        }
    }
}
