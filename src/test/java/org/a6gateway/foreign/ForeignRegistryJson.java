package org.a6gateway.foreign;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.a6gateway.blocks.BlockLabel;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.itmo.StoredPair;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.CorrespondingAdjustment;
import org.a6gateway.nationalrecords.ItmoAction;

/**
 * A {@link ForeignRegistry} as its two registries would publish it, in the contracts' shapes:
 * every field the record leaves null is left out, a retirement's structured use is sent only where
 * the registry gave one (its words alone otherwise).
 */
final class ForeignRegistryJson {

    private final ObjectMapper json = new ObjectMapper();
    private final ForeignRegistry registry;

    ForeignRegistryJson(ForeignRegistry registry) {
        this.registry = registry;
    }

    List<ObjectNode> blocks() {
        return registry.blocks().stream().map(this::block).toList();
    }

    /** The national feed: authorizations, then its own pairs, actions and adjustments. */
    List<ObjectNode> nationalChanges() {
        var changes = new ArrayList<ObjectNode>();
        registry.authorizations().forEach(a -> changes.add(change("AUTHORIZATION", "authorization", authorization(a))));
        registry.nationalPairs().forEach(p -> changes.add(change("ITMO_PAIR", "itmoPair", pair(p))));
        registry.actions().forEach(a -> changes.add(change("ACTION", "action", action(a))));
        registry.adjustments().forEach(a -> changes.add(change("CORRESPONDING_ADJUSTMENT", "correspondingAdjustment", adjustment(a))));
        return changes;
    }

    private ObjectNode change(String kind, String field, ObjectNode value) {
        var change = json.createObjectNode().put("kind", kind);
        change.set(field, value);
        return change;
    }

    private ObjectNode block(BlockRecord b) {
        var node = json.createObjectNode().put("blockId", b.blockId()).put("version", b.sourceVersion())
                .put("serial", b.serial()).put("program", b.program()).put("projectId", b.projectId())
                .put("hostCountry", b.hostCountry()).put("issuanceId", b.issuanceId()).put("blockStart", b.blockStart())
                .put("blockEnd", b.blockEnd()).put("quantity", b.quantity()).put("unitSize", b.unitSize().toPlainString())
                .put("status", b.status().name());
        optional(node, "projectName", b.projectName());
        optional(node, "holderAccount", b.holderAccount());
        if (b.vintageYear() != null) {
            node.put("vintageYear", b.vintageYear());
        }
        optional(node, "vintageStart", b.vintageStart());
        optional(node, "vintageEnd", b.vintageEnd());
        optional(node, "issuanceDate", b.issuanceDate());
        if (b.retirement() != null) {
            var r = node.putObject("retirement");
            optional(r, "date", b.retirement().date());
            optional(r, "purpose", b.retirement().purpose());
            optional(r, "beneficiary", b.retirement().beneficiary());
            var structured = registry.structuredUse(b);
            if (structured != null) {
                r.put("useType", structured.name());
            }
        }
        var labels = node.putArray("labels");
        for (BlockLabel l : b.labels()) {
            var label = labels.addObject().put("code", l.code()).put("text", l.text());
            optional(label, "authorizationId", l.authorizationId());
        }
        return node;
    }

    private ObjectNode authorization(AuthorizationRecord a) {
        var node = json.createObjectNode().put("authorizationId", a.authorizationId()).put("version", a.version())
                .put("status", a.status().name()).put("party", a.party()).put("authorizationYear", a.authorizationYear())
                .put("publishedOnCarp", a.publishedOnCarp()).put("firstTransferDefinition", a.firstTransferDefinition().name());
        optional(node, "date", a.date());
        optional(node, "cooperativeApproachId", a.cooperativeApproachId());
        optional(node, "metric", a.metric());
        if (a.quantityCap() != null) {
            node.put("quantityCap", a.quantityCap());
        }
        if (a.vintageFrom() != null) {
            node.put("vintageFrom", a.vintageFrom());
        }
        if (a.vintageTo() != null) {
            node.put("vintageTo", a.vintageTo());
        }
        optional(node, "mitigationFrom", a.mitigationFrom());
        optional(node, "mitigationTo", a.mitigationTo());
        var purposes = node.putArray("purposes");
        a.purposes().stream().map(Enum::name).sorted().forEach(purposes::add);
        var activities = node.putArray("coveredActivities");
        a.coveredActivities().forEach(c -> activities.addObject().put("registry", c.registry()).put("projectId", c.projectId())
                .put("hostCountry", c.hostCountry()));
        return node;
    }

    private ObjectNode pair(StoredPair p) {
        var pair = p.pair();
        return json.createObjectNode().put("firstItmoId", pair.itmo().first().toString())
                .put("lastItmoId", pair.itmo().last().toString()).put("underlyingRegistry", pair.underlyingRegistry())
                .put("issuanceId", pair.issuance()).put("firstUnitId", String.valueOf(pair.units().start()))
                .put("lastUnitId", String.valueOf(pair.units().end())).put("quantity", pair.units().quantity())
                .put("authorizationId", p.authorizationId());
    }

    private ObjectNode action(ItmoAction a) {
        return json.createObjectNode().put("actionId", a.actionId()).put("type", a.type()).put("date", a.date().toString())
                .put("authorizationId", a.authorizationId()).put("firstItmoId", a.firstItmoId()).put("lastItmoId", a.lastItmoId())
                .put("underlyingRegistry", a.registry()).put("firstUnitId", String.valueOf(a.units().start()))
                .put("lastUnitId", String.valueOf(a.units().end())).put("quantity", a.quantity());
    }

    private ObjectNode adjustment(CorrespondingAdjustment a) {
        var node = json.createObjectNode().put("adjustmentId", a.adjustmentId()).put("party", a.party())
                .put("btrYear", a.btrYear()).put("firstItmoId", a.firstItmoId()).put("lastItmoId", a.lastItmoId())
                .put("quantity", a.quantity());
        optional(node, "reportedOn", a.reportedOn());
        return node;
    }

    private static void optional(ObjectNode node, String field, Object value) {
        if (value != null) {
            node.put(field, value.toString());
        }
    }
}
