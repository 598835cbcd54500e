package org.a6gateway.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulated private registry: blocks in memory, a change feed of block ids in the order they
 * changed, and the range writes of {@code vcm-registry.yaml}. One lock: it is a test double.
 */
final class VcmRegistry implements SimulatedRegistry {

    private final ObjectMapper json;
    private final Map<String, ObjectNode> blocks = new LinkedHashMap<>();
    private final List<String> changes = new ArrayList<>();
    private final IdempotentWrites writes = new IdempotentWrites();
    private final RangeWrites ranges;

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
        this.ranges = new RangeWrites(json, blocks, this::changed);
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
                case "applyLabel" -> writes.once(call.idempotencyKey(), call.body(), () -> ranges.applyLabel(read(call)));
                case "removeLabel" -> writes.once(call.idempotencyKey(), call.body(), () -> ranges.removeLabel(read(call)));
                case "attachItmoReference" -> writes.once(call.idempotencyKey(), call.body(),
                        () -> ranges.attachItmoReference(read(call)));
                case "removeItmoReference" -> writes.once(call.idempotencyKey(), call.body(),
                        () -> ranges.removeItmoReference(read(call)));
                case "vcmHealth" -> Answer.ok("{\"status\":\"UP\",\"registry\":\"vcm-registry\"}");
                default -> Answer.problem(404, "Unknown operation", call.operation());
            };
        } catch (IllegalArgumentException e) {
            return Answer.problem(400, "Bad request", e.getMessage());
        }
    }

    private void changed(ObjectNode block) {
        blocks.put(block.get("blockId").asText(), block);
        changes.add(block.get("blockId").asText());
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
