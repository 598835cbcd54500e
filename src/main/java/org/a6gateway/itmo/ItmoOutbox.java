package org.a6gateway.itmo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.ledger.Sha256;
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

    public static final String OPERATION_REGISTER = "registerItmoPair";
    public static final String OPERATION_ATTACH = "attachItmoReference";
    public static final String OPERATION_WITHDRAW = "withdrawItmoPair";
    public static final String OPERATION_DETACH = "removeItmoReference";

    private final ObjectMapper json;

    ItmoOutbox(ObjectMapper json) {
        this.json = json;
    }

    OutboxEntry register(String registry, MintedPair minted, Long job) {
        var pair = minted.pair();
        var command = new PairRegistration(pair.itmo().first().toString(), pair.itmo().last().toString(),
                pair.underlyingRegistry(), pair.issuance(), pair.units().start(), pair.units().end(),
                pair.itmo().quantity(), unitsPerItmo(pair), minted.authorizationId());
        String subject = "ITMO " + command.firstItmoId() + ".." + command.lastItmoId();
        String cause = "authorization " + minted.authorizationId() + " v" + minted.authorizationVersion()
                + ", first transfer on " + minted.firstTransfer().trigger() + cause(job);
        return new OutboxEntry(key(OPERATION_REGISTER, subject), registry, OPERATION_REGISTER, subject, write(command),
                cause, job, "units " + pair.underlyingRegistry() + " " + pair.issuance() + " " + pair.units()
                        + " of block " + minted.blockId() + " without ITMO identifier");
    }

    OutboxEntry attach(String registry, ItmoPair pair, BlockRecord block, SerialRange units, String authorizationId,
                       Long job) {
        String program = block.program();
        var itmo = pair.part(units).itmo();
        var first = itmo.first();
        var last = itmo.last();
        var command = new ReferenceAttachment(program, pair.issuance(), units.start(), units.end(), first.toString(),
                last.toString(), first.registryId());
        String subject = program + " " + pair.issuance() + " " + units + " ITMO " + first + ".." + last;
        var reference = block.itmoReference();
        return new OutboxEntry(key(OPERATION_ATTACH, subject), registry, OPERATION_ATTACH, subject, write(command),
                "ITMO pair of authorization " + authorizationId + " confirmed by the national registry" + cause(job), job,
                block.blockId() + " v" + block.sourceVersion() + " ITMO reference "
                        + (reference == null ? "none" : reference.firstItmoId() + ".." + reference.lastItmoId()));
    }

    OutboxEntry withdraw(String registry, ReversalDecisions.Withdraw withdraw, Long job) {
        var stored = withdraw.pair();
        var part = stored.pair().part(withdraw.units());
        var command = new PairWithdrawal(part.itmo().first().toString(), part.itmo().last().toString(),
                part.underlyingRegistry(), part.issuance(), part.units().start(), part.units().end(),
                part.itmo().quantity(), unitsPerItmo(part), stored.authorizationId(), withdraw.cause());
        String subject = "ITMO " + command.firstItmoId() + ".." + command.lastItmoId();
        return new OutboxEntry(key(OPERATION_WITHDRAW, subject), registry, OPERATION_WITHDRAW, subject, write(command),
                withdraw.cause() + cause(job), job, "ITMO " + stored.pair().itmo().first() + ".." + stored.pair().itmo().last()
                        + " standing for units " + part.underlyingRegistry() + " " + part.issuance() + " " + stored.pair().units());
    }

    OutboxEntry detach(String registry, ReversalDecisions.Detach detach, Long job) {
        var block = detach.block();
        var command = new ReferenceRemoval(block.program(), block.issuanceId(), detach.units().start(), detach.units().end(),
                detach.cause());
        String subject = block.program() + " " + block.issuanceId() + " " + detach.units() + " ITMO reference";
        var reference = block.itmoReference();
        // The block's version in the key: a reference the registry puts back later is taken off again.
        return new OutboxEntry(key(OPERATION_DETACH, subject + " v" + block.sourceVersion()), registry, OPERATION_DETACH,
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

    /** The body of a pair registration, as the national registry's ItmoPair: {@code quantity} counts ITMOs. */
    public record PairRegistration(String firstItmoId, String lastItmoId, String underlyingRegistry, String issuanceId,
                                   long firstUnit, long lastUnit, long quantity,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) Long unitsPerItmo, String authorizationId) {
    }

    /** The body of a withdrawal, as the national registry's ItmoPairWithdrawal: {@code quantity} counts ITMOs. */
    public record PairWithdrawal(String firstItmoId, String lastItmoId, String underlyingRegistry, String issuanceId,
                                 long firstUnit, long lastUnit, long quantity,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) Long unitsPerItmo, String authorizationId,
                                 String cause) {
    }

    /** The body of a reference removal, as the private registry's ItmoReferenceRemovalCommand. */
    public record ReferenceRemoval(String program, String issuanceId, long start, long end, String cause) {
    }

    /** The body of a reference attachment, as the private registry's ItmoReferenceCommand. */
    public record ReferenceAttachment(String program, String issuanceId, long start, long end, String firstItmoId,
                                      String lastItmoId, String nationalRegistry) {
    }
}
