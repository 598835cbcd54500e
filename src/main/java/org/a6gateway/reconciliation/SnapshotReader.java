package org.a6gateway.reconciliation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.a6gateway.blocks.BlockStore;
import org.a6gateway.itmo.ItmoPairs;
import org.a6gateway.nationalrecords.AuthorizationStore;
import org.a6gateway.nationalrecords.NationalRecords;
import org.a6gateway.outbox.DeliveredCommand;
import org.a6gateway.outbox.Operations;
import org.a6gateway.outbox.Outbox;
import org.a6gateway.units.SerialRange;
import org.springframework.stereotype.Component;

/** Reads what the reconciler compares from the store: one query per kind of record, none per record. */
@Component
class SnapshotReader {

    private final BlockStore blocks;
    private final AuthorizationStore authorizations;
    private final ItmoPairs pairs;
    private final NationalRecords national;
    private final Outbox outbox;
    private final ObjectMapper json;

    SnapshotReader(BlockStore blocks, AuthorizationStore authorizations, ItmoPairs pairs, NationalRecords national,
                   Outbox outbox, ObjectMapper json) {
        this.blocks = blocks;
        this.authorizations = authorizations;
        this.pairs = pairs;
        this.national = national;
        this.outbox = outbox;
        this.json = json;
    }

    /**
     * The national side and the ledger are read now; the blocks only when the reconciler walks
     * them, streamed from the store in sweep order inside the caller's transaction, never listed.
     */
    Snapshot read() {
        BlockSource inSerialOrder = action -> blocks.forEachInSerialOrder(Reconciler.GLOBALLY_NUMBERED, action);
        return new Snapshot(inSerialOrder, authorizations.all(), pairs.all(), national.actions(), national.adjustments(), ledger(),
                pairs.withdrawn());
    }

    private List<LedgerChange> ledger() {
        return outbox.delivered().stream().map(this::change).flatMap(Optional::stream).toList();
    }

    /** The payloads are the gateway's own (LabelOutbox, ItmoOutbox): a field it always writes is read as such. */
    private Optional<LedgerChange> change(DeliveredCommand command) {
        return changeOf(command).map(change -> change.at(command.registry()));
    }

    private Optional<LedgerChange> changeOf(DeliveredCommand command) {
        JsonNode p = read(command);
        return switch (command.operation()) {
            case Operations.APPLY_LABEL, Operations.REMOVE_LABEL -> Optional.of(LedgerChange.label(
                    Operations.APPLY_LABEL.equals(command.operation()), p.get("program").asText(), p.get("issuanceId").asText(),
                    SerialRange.of(p.get("range").get("start").asLong(), p.get("range").get("end").asLong()), p.get("code").asText()));
            case Operations.REGISTER_PAIR -> Optional.of(LedgerChange.pairRegistered(p.get("underlyingRegistry").asText(),
                    p.get("issuanceId").asText(), SerialRange.of(p.get("firstUnit").asLong(), p.get("lastUnit").asLong()),
                    p.get("firstItmoId").asText()));
            case Operations.ATTACH_REFERENCE -> Optional.of(LedgerChange.referenceAttached(p.get("program").asText(),
                    p.get("issuanceId").asText(), SerialRange.of(p.get("start").asLong(), p.get("end").asLong()),
                    p.get("firstItmoId").asText()));
            default -> Optional.empty();
        };
    }

    private JsonNode read(DeliveredCommand command) {
        try {
            return json.readTree(command.payload());
        } catch (Exception e) {
            throw new IllegalStateException("outbox command " + command.id() + " has an unreadable payload", e);
        }
    }
}
