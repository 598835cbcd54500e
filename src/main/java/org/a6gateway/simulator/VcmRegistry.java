package org.a6gateway.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The simulated private registry: blocks in memory, a change feed of block ids in the order they
 * changed, and the range writes of {@code vcm-registry.yaml}. One lock: it is a test double.
 */
final class VcmRegistry implements SimulatedRegistry {

    private final ObjectMapper json;
    private final Map<String, ObjectNode> blocks = new LinkedHashMap<>();
    /** The blocks of each "program/issuance": a write looks among its issuance's blocks only, not every block. */
    private final Map<String, Map<String, ObjectNode>> byIssuance = new HashMap<>();
    private final List<String> changes = new ArrayList<>();
    private final IdempotentWrites writes = new IdempotentWrites();

    VcmRegistry(ObjectMapper json, List<SeedRow> seed, SyntheticDemo demo) {
        this(json);
        seed.forEach(row -> changed(VcmSeed.block(json, row)));
        demo.blocks().forEach(this::changed);
    }

    /** A registry of these blocks only, in this order. */
    VcmRegistry(ObjectMapper json, List<ObjectNode> blocks) {
        this(json);
        blocks.forEach(b -> changed(b.deepCopy()));
    }

    private VcmRegistry(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public String name() {
        return "vcm-registry";
    }

    @Override
    public synchronized Answer answer(Call call) {
        try {
            return switch (call.operation()) {
                case "listBlockChanges" -> changes(call);
                case "getBlock" -> block(call.pathId());
                case "applyLabel" -> write(call, RangeWrites::applyLabel);
                case "removeLabel" -> write(call, RangeWrites::removeLabel);
                case "attachItmoReference" -> write(call, RangeWrites::attachItmoReference);
                case "removeItmoReference" -> write(call, RangeWrites::removeItmoReference);
                case "vcmHealth" -> Answer.ok("{\"status\":\"UP\",\"registry\":\"vcm-registry\"}");
                default -> Answer.problem(404, "Unknown operation", call.operation());
            };
        } catch (IllegalArgumentException e) {
            return Answer.problem(400, "Bad request", e.getMessage());
        }
    }

    private Answer write(Call call, BiFunction<RangeWrites, JsonNode, Answer> write) {
        return writes.once(call.idempotencyKey(), call.body(), () -> {
            var command = read(call);
            var range = command.path("range");
            var issuance = byIssuance.getOrDefault(issuanceKey(range), Map.of());
            return write.apply(new RangeWrites(json, issuance, this::changed), command);
        });
    }

    private void changed(ObjectNode block) {
        String id = block.get("blockId").asText();
        var previous = blocks.put(id, block);
        if (previous != null) {
            // a seed may reuse a block id in another issuance: the id then leaves its old one
            byIssuance.get(issuanceKey(previous)).remove(id);
        }
        byIssuance.computeIfAbsent(issuanceKey(block), key -> new LinkedHashMap<>()).put(id, block);
        changes.add(id);
    }

    /** A block's or a write's range's issuance, "program/issuance": the same two fields name it in both. */
    static String issuanceKey(JsonNode node) {
        return node.path("program").asText() + "/" + node.path("issuanceId").asText();
    }

    private Answer changes(Call call) {
        int from = Math.min(FeedCursor.position(call.cursor()), changes.size());
        int to = Math.min(from + FeedCursor.limit(call.limit()), changes.size());
        var page = json.createObjectNode();
        var items = page.putArray("items");
        changes.subList(from, to).forEach(id -> items.add(blocks.get(id)));
        page.put("nextCursor", FeedCursor.after(to)).put("hasMore", to < changes.size());
        return Answer.ok(page.toString());
    }

    private Answer block(String id) {
        var block = blocks.get(id);
        return block == null ? Answer.problem(404, "Not found", "no block " + id) : Answer.ok(block.toString());
    }

    private JsonNode read(Call call) {
        try {
            return json.readTree(call.body());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("body is not JSON: " + e.getOriginalMessage());
        }
    }
}
