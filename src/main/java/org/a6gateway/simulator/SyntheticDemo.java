package org.a6gateway.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.a6gateway.units.ItmoPair;
import org.a6gateway.units.Serial;
import org.a6gateway.units.SerialRange;
import org.a6gateway.units.Serials;

/**
 * The synthetic Korean demo programme (gateway/seed/synthetic-korean-demo.json): its own projects,
 * blocks, authorizations (one revoked, one amended with a cap), first-transfer actions and BTR
 * adjustments, every record marked synthetic. ITMO ids in actions and adjustments are derived
 * with the published serial-embedding scheme, as the national registry would hold them.
 */
final class SyntheticDemo {

    static final String RESOURCE = "simulator/seed/synthetic-korean-demo.json";
    static final String REGISTRY = "KVS";
    /** The private registry holding the demo's blocks, bar those the demo places elsewhere ({@code heldAt}). */
    static final String HOME = "kvs";

    private final ObjectMapper json;
    private final JsonNode demo;
    private final List<Serial> serials = new ArrayList<>();

    private SyntheticDemo(ObjectMapper json, JsonNode demo) {
        this.json = json;
        this.demo = demo;
        demo.get("blocks").forEach(b -> serials.add(Serials.parse(b.get("serial").asText())));
    }

    /**
     * A demo of no records of its own, whose converters shape generated records (the bench's
     * world) exactly as the demo's: same party, cooperative approach and registry.
     */
    static SyntheticDemo shaper(ObjectMapper json) {
        var root = json.createObjectNode().put("party", "KOR").put("cooperativeApproachId", "CA9901");
        root.putArray("blocks");
        return new SyntheticDemo(json, root);
    }

    static SyntheticDemo load(ObjectMapper json) {
        try (InputStream in = SyntheticDemo.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the simulator's synthetic demo is missing from the classpath: " + RESOURCE);
            }
            return new SyntheticDemo(json, json.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the simulator's synthetic demo", e);
        }
    }

    /** The private registry's blocks, shaped as {@code vcm-registry.yaml}'s CreditBlock. */
    List<ObjectNode> blocks() {
        var blocks = new ArrayList<ObjectNode>();
        for (int i = 0; i < serials.size(); i++) {
            blocks.add(block(demo.get("blocks").get(i), serials.get(i)));
        }
        return blocks;
    }

    /** The blocks one private registry of the demo holds: {@link #HOME}'s, or those placed at another by {@code heldAt}. */
    List<ObjectNode> blocksHeldAt(String registry) {
        var blocks = new ArrayList<ObjectNode>();
        for (int i = 0; i < serials.size(); i++) {
            var source = demo.get("blocks").get(i);
            if (source.path("heldAt").asText(HOME).equals(registry)) {
                blocks.add(block(source, serials.get(i)));
            }
        }
        return blocks;
    }

    /** The national registry's records in the order it recorded them: each as {kind, field, value}. */
    List<Change> nationalChanges() {
        var changes = new ArrayList<Change>();
        demo.get("authorizations").forEach(a -> changes.add(new Change("AUTHORIZATION", "authorization", authorization(a))));
        demo.get("actions").forEach(a -> changes.add(new Change("ACTION", "action", action(a))));
        demo.get("adjustments").forEach(a -> changes.add(new Change("CORRESPONDING_ADJUSTMENT", "correspondingAdjustment", adjustment(a))));
        demo.path("pairs").forEach(p -> changes.add(new Change("ITMO_PAIR", "itmoPair", itmoPair(p))));
        return changes;
    }

    record Change(String kind, String field, ObjectNode value) {
    }

    ObjectNode block(JsonNode source, Serial serial) {
        var block = json.createObjectNode()
                .put("blockId", source.path("blockId").asText(REGISTRY + "-" + serial.issuance() + "-" + serial.range().start()))
                .put("version", 1)
                .put("serial", serial.original())
                .put("program", REGISTRY)
                .put("unitType", serial.unitType())
                .put("projectId", serial.project())
                .put("projectName", source.get("projectName").asText())
                .put("hostCountry", serial.country())
                .put("vintageYear", serial.vintage().start().getYear())
                .put("vintageStart", serial.vintage().start().toString())
                .put("vintageEnd", serial.vintage().end().toString())
                .put("issuanceId", serial.issuance())
                .put("issuanceDate", source.get("issuanceDate").asText())
                .put("blockStart", serial.range().start())
                .put("blockEnd", serial.range().end())
                .put("quantity", serial.range().quantity())
                .put("unitSize", serial.unitSize().tonnesPerUnit().toPlainString())
                .put("status", source.path("status").asText("ISSUED"))
                .put("holderAccount", source.path("holderAccount").asText("KVS-" + serial.project() + "-SYNTHETIC-holder"))
                .put("updatedAt", VcmSeed.SEEDED_AT);
        if (source.has("retirement")) {
            block.set("retirement", source.get("retirement").deepCopy());
        }
        var labels = block.putArray("labels");
        source.path("labels").forEach(l -> labels.add(l.deepCopy()));
        if (source.path("itmoReference").asBoolean(false)) {
            var pair = pair(serial.issuance(), serial.range(), source);
            block.putObject("itmoReference").put("firstItmoId", pair.itmo().first().toString())
                    .put("lastItmoId", pair.itmo().last().toString()).put("nationalRegistry", registryId());
        }
        return block;
    }

    ObjectNode authorization(JsonNode source) {
        var a = (ObjectNode) source.deepCopy();
        String project = a.remove("projectId").asText();
        a.put("party", demo.get("party").asText()).put("cooperativeApproachId", demo.get("cooperativeApproachId").asText())
                .put("publishedOnCarp", false).put("metric", "GHG").put("synthetic", true);
        a.putArray("coveredActivities").addObject().put("registry", REGISTRY).put("projectId", project)
                .put("hostCountry", "KR").put("projectName", "SYNTHETIC " + project);
        return a;
    }

    ObjectNode action(JsonNode source) {
        var a = (ObjectNode) source.deepCopy();
        var units = units(source.path("issuanceId").asText(null), source.get("firstUnitId").asText(),
                source.get("lastUnitId").asText());
        var pair = pair(units.issuance(), units.range(), source);
        a.remove("issuanceId");
        a.put("underlyingRegistry", REGISTRY).put("cooperativeApproachId", demo.get("cooperativeApproachId").asText())
                .put("firstTransferringParty", demo.get("party").asText()).put("registryId", registryId())
                .put("firstItmoId", pair.itmo().first().toString()).put("lastItmoId", pair.itmo().last().toString())
                .put("quantity", source.path("quantity").asLong(units.range().quantity())).put("vintage", pair.itmo().first().vintage())
                .put("transferringParty", demo.get("party").asText()).put("synthetic", true);
        return a;
    }

    ObjectNode adjustment(JsonNode source) {
        var range = SerialRange.of(source.get("firstUnit").asLong(), source.get("lastUnit").asLong());
        var pair = pair(source.get("issuanceId").asText(), range, source);
        return json.createObjectNode()
                .put("adjustmentId", source.get("adjustmentId").asText()).put("party", demo.get("party").asText())
                .put("btrYear", source.get("btrYear").asInt()).put("reportedOn", source.get("reportedOn").asText())
                .put("firstItmoId", pair.itmo().first().toString()).put("lastItmoId", pair.itmo().last().toString())
                .put("quantity", source.path("quantity").asLong(range.quantity())).put("synthetic", true);
    }

    /** A pair the national registry holds (registered by someone other than the gateway). */
    ObjectNode itmoPair(JsonNode source) {
        String issuance = source.get("issuanceId").asText();
        var range = SerialRange.of(source.get("firstUnit").asLong(), source.get("lastUnit").asLong());
        var pair = pair(issuance, range, source);
        return json.createObjectNode()
                .put("firstItmoId", pair.itmo().first().toString()).put("lastItmoId", pair.itmo().last().toString())
                .put("underlyingRegistry", REGISTRY).put("issuanceId", issuance)
                .put("firstUnitId", Long.toString(range.start())).put("lastUnitId", Long.toString(range.end()))
                .put("quantity", range.quantity()).put("authorizationId", source.get("authorizationId").asText());
    }

    private record Units(String issuance, SerialRange range) {
    }

    /** Unit ids as a registry sends them: plain serial numbers (with the issuance given apart) or full serial strings. */
    private static Units units(String issuance, String first, String last) {
        if (issuance != null) {
            return new Units(issuance, SerialRange.of(Long.parseLong(first), Long.parseLong(last)));
        }
        var from = Serials.parse(first);
        return new Units(from.issuance(), SerialRange.of(from.range().start(), Serials.parse(last).range().end()));
    }

    /**
     * The ITMO pair for units, as the national registry would mint it; a record may name another
     * cooperative approach or vintage (the demo's reconciliation faults do).
     */
    private ItmoPair pair(String issuance, SerialRange units, JsonNode record) {
        int vintage = record.has("vintage") ? record.get("vintage").asInt()
                : serials.stream().filter(s -> s.issuance().equals(issuance)).findFirst()
                        .orElseThrow(() -> new IllegalStateException("synthetic demo: no block of issuance " + issuance))
                        .vintage().start().getYear();
        String approach = record.path("cooperativeApproachId").asText(demo.get("cooperativeApproachId").asText());
        return ItmoPair.mint(approach, registryId(), demo.get("party").asText(), vintage, REGISTRY, issuance, units);
    }

    private String registryId() {
        return demo.get("party").asText() + "01";
    }
}
