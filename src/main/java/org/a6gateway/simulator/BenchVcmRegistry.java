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

/**
 * The simulated private registry over a {@link BenchWorld}: the change feed serves the generated
 * blocks by position, then the synthetic demo's, then every block a write changed. Only what a
 * write touched (and the demo) is held, per issuance, where {@link RangeWrites} splits and labels it
 * as {@link VcmRegistry} does; a million untouched blocks cost no heap.
 */
final class BenchVcmRegistry implements SimulatedRegistry {

    private final ObjectMapper json;
    private final BenchWorld world;
    private final Map<String, ObjectNode> held = new HashMap<>();
    private final Map<String, Map<String, ObjectNode>> byIssuance = new HashMap<>();
    private final List<String> changes = new ArrayList<>();
    private final IdempotentWrites writes = new IdempotentWrites();

    BenchVcmRegistry(ObjectMapper json, BenchWorld world, SyntheticDemo demo) {
        this.json = json;
        this.world = world;
        demo.blocks().forEach(this::changed);
    }

    @Override
    public String name() {
        return "vcm-registry";
    }

    int generatedBlocks() {
        return world.blocks();
    }

    @Override
    public synchronized Answer answer(Call call) {
        try {
            return switch (call.operation()) {
                case "listBlockChanges" -> changes(call);
                case "getBlock" -> block(call.pathId());
                case "applyLabel" -> writes.once(call.idempotencyKey(), call.body(), () -> ranges(call).applyLabel(read(call)));
                case "removeLabel" -> writes.once(call.idempotencyKey(), call.body(), () -> ranges(call).removeLabel(read(call)));
                case "attachItmoReference" -> writes.once(call.idempotencyKey(), call.body(),
                        () -> ranges(call).attachItmoReference(read(call)));
                case "vcmHealth" -> Answer.ok("{\"status\":\"UP\",\"registry\":\"vcm-registry\"}");
                default -> Answer.problem(404, "Unknown operation", call.operation());
            };
        } catch (IllegalArgumentException e) {
            return Answer.problem(400, "Bad request", e.getMessage());
        }
    }

    /** Bumps the version of generated block {@code i} (a new holder account), as an upstream change would. */
    synchronized void change(int i) {
        var block = current(world.block(i));
        hold(issuanceKey(block));
        var changed = held.get(block.get("blockId").asText());
        changed.put("version", changed.get("version").asLong() + 1)
                .put("holderAccount", "KVS-BENCH-buyer-" + changed.get("version").asLong());
        changed(changed);
    }

    private void changed(ObjectNode block) {
        String id = block.get("blockId").asText();
        held.put(id, block);
        byIssuance.computeIfAbsent(issuanceKey(block), k -> new LinkedHashMap<>()).put(id, block);
        changes.add(id);
    }

    private Answer changes(Call call) {
        int total = world.blocks() + changes.size();
        int from = Math.min(FeedCursor.position(call.cursor()), total);
        int to = Math.min(from + FeedCursor.limit(call.limit()), total);
        var page = json.createObjectNode();
        var items = page.putArray("items");
        for (int p = from; p < to; p++) {
            items.add(p < world.blocks() ? current(world.block(p)) : held.get(changes.get(p - world.blocks())));
        }
        page.put("nextCursor", FeedCursor.after(to)).put("hasMore", to < total);
        return Answer.ok(page.toString());
    }

    private ObjectNode current(ObjectNode generated) {
        var changed = held.get(generated.get("blockId").asText());
        return changed == null ? generated : changed;
    }

    private Answer block(String id) {
        var block = held.get(id);
        if (block == null) {
            block = generated(id);
        }
        return block == null ? Answer.problem(404, "Not found", "no block " + id) : Answer.ok(block.toString());
    }

    /** A generated block by id (KVS-issuance-start), or null. */
    private ObjectNode generated(String id) {
        String[] parts = id.split("-");
        if (parts.length != 3 || !"KVS".equals(parts[0])) {
            return null;
        }
        try {
            long issuance = Long.parseLong(parts[1]) - BenchWorld.FIRST_ISSUANCE;
            for (int i : issuanceBlocks(issuance)) {
                var block = world.block(i);
                if (block.get("blockId").asText().equals(id)) {
                    return block;
                }
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }

    private int[] issuanceBlocks(long issuance) {
        if (issuance < 0 || issuance * BenchWorld.BLOCKS_PER_ISSUANCE >= world.blocks()) {
            return new int[0];
        }
        int first = (int) issuance * BenchWorld.BLOCKS_PER_ISSUANCE;
        int last = Math.min(first + BenchWorld.BLOCKS_PER_ISSUANCE, world.blocks());
        int[] blocks = new int[last - first];
        for (int k = 0; k < blocks.length; k++) {
            blocks[k] = first + k;
        }
        return blocks;
    }

    /** The range writes over one issuance's blocks, holding its generated blocks first. */
    private RangeWrites ranges(Call call) {
        var range = read(call).path("range");
        String key = range.path("program").asText() + "/" + range.path("issuanceId").asText();
        hold(key);
        return new RangeWrites(json, byIssuance.computeIfAbsent(key, k -> new LinkedHashMap<>()), this::changedByWrite);
    }

    /** RangeWrites keeps its map up to date itself; the feed and the index by id follow. */
    private void changedByWrite(ObjectNode block) {
        changed(block);
    }

    private void hold(String issuanceKey) {
        if (!issuanceKey.startsWith("KVS/") || byIssuance.containsKey(issuanceKey)) {
            return;
        }
        long issuance;
        try {
            issuance = Long.parseLong(issuanceKey.substring(4)) - BenchWorld.FIRST_ISSUANCE;
        } catch (NumberFormatException e) {
            return;
        }
        var blocks = new LinkedHashMap<String, ObjectNode>();
        for (int i : issuanceBlocks(issuance)) {
            var block = world.block(i);
            blocks.put(block.get("blockId").asText(), block);
            held.put(block.get("blockId").asText(), block);
        }
        byIssuance.put(issuanceKey, blocks);
    }

    private static String issuanceKey(JsonNode block) {
        return block.get("program").asText() + "/" + block.get("issuanceId").asText();
    }

    private JsonNode read(Call call) {
        try {
            return json.readTree(call.body());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("body is not JSON: " + e.getOriginalMessage());
        }
    }
}
