package org.a6gateway.itmo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.ledger.OutboxEntry;
import org.a6gateway.ledger.Sha256;
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

    private final ObjectMapper json;

    ItmoOutbox(ObjectMapper json) {
        this.json = json;
    }

    OutboxEntry register(String registry, MintedPair minted, Long job) {
        var pair = minted.pair();
        var command = new PairRegistration(pair.itmo().first().toString(), pair.itmo().last().toString(),
                pair.underlyingRegistry(), pair.issuance(), pair.units().start(), pair.units().end(),
                pair.units().quantity(), minted.authorizationId());
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

    /** The body of a pair registration, as the national registry's ItmoPair. */
    public record PairRegistration(String firstItmoId, String lastItmoId, String underlyingRegistry, String issuanceId,
                                   long firstUnit, long lastUnit, long quantity, String authorizationId) {
    }

    /** The body of a reference attachment, as the private registry's ItmoReferenceCommand. */
    public record ReferenceAttachment(String program, String issuanceId, long start, long end, String firstItmoId,
                                      String lastItmoId, String nationalRegistry) {
    }
}
