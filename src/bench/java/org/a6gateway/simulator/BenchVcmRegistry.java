package org.a6gateway.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The simulated private registry over a {@link BenchWorld}: the change feed serves the generated
 * blocks by position, then the synthetic demo's, then every block a write changed. Only the blocks
 * a write or a change touched (and the demo's) are held; a write sees its issuance as the generated
 * blocks with the held ones over them, where {@link RangeWrites} splits and labels it as
 * {@link VcmRegistry} does. A million untouched blocks cost no heap.
 */
final class BenchVcmRegistry implements SimulatedRegistry {

    private final ObjectMapper json;
    private final BenchWorld world;
    /**
     * The blocks a write or a change touched, by id, as the JSON text the feed serves. Held as
     * trees with their whole issuances, the 10,000 an incremental bench changes took ~80 MB of the
     * heap the measured gateway shares with this registry (live at the incremental's start: 184 MB
     * then, 101 MB now).
     */
    private final Map<String, String> held = new HashMap<>();
    /** The ids of the held blocks of each issuance, which stand over its generated ones. */
    private final Map<String, Set<String>> byIssuance = new HashMap<>();
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
                case "removeItmoReference" -> writes.once(call.idempotencyKey(), call.body(),
                        () -> ranges(call).removeItmoReference(read(call)));
                case "vcmHealth" -> Answer.ok("{\"status\":\"UP\",\"registry\":\"vcm-registry\"}");
                default -> Answer.problem(404, "Unknown operation", call.operation());
            };
        } catch (IllegalArgumentException e) {
            return Answer.problem(400, "Bad request", e.getMessage());
        }
    }

    /** Bumps the version of generated block {@code i} (a new holder account), as an upstream change would. */
    synchronized void change(int i) {
        var generated = world.block(i);
        var before = held.get(generated.get("blockId").asText());
        var changed = before == null ? generated : tree(before);
        changed.put("version", changed.get("version").asLong() + 1)
                .put("holderAccount", "KVS-BENCH-buyer-" + changed.get("version").asLong());
        changed(changed);
    }

    private void changed(ObjectNode block) {
        String id = block.get("blockId").asText();
        held.put(id, block.toString());
        byIssuance.computeIfAbsent(VcmRegistry.issuanceKey(block), k -> new LinkedHashSet<>()).add(id);
        changes.add(id);
    }

    private Answer changes(Call call) {
        int total = world.blocks() + changes.size();
        int from = Math.min(FeedCursor.position(call.cursor()), total);
        int to = Math.min(from + FeedCursor.limit(call.limit()), total);
        // the held blocks are JSON text already: the page is written around them, not parsed again
        var page = new StringJoiner(",", "{\"items\":[", "],\"nextCursor\":\"" + FeedCursor.after(to)
                + "\",\"hasMore\":" + (to < total) + "}");
        for (int p = from; p < to; p++) {
            page.add(p < world.blocks() ? current(world.block(p)) : held.get(changes.get(p - world.blocks())));
        }
        return Answer.ok(page.toString());
    }

    private String current(ObjectNode generated) {
        var changed = held.get(generated.get("blockId").asText());
        return changed == null ? generated.toString() : changed;
    }

    private Answer block(String id) {
        var block = held.get(id);
        if (block == null) {
            var generated = generated(id);
            block = generated == null ? null : generated.toString();
        }
        return block == null ? Answer.problem(404, "Not found", "no block " + id) : Answer.ok(block);
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

    /** The generated blocks of a "program/issuance" key: none for the demo's or an unknown one. */
    private int[] issuanceBlocks(String issuanceKey) {
        if (!issuanceKey.startsWith("KVS/")) {
            return new int[0];
        }
        try {
            return issuanceBlocks(Long.parseLong(issuanceKey.substring(4)) - BenchWorld.FIRST_ISSUANCE);
        } catch (NumberFormatException e) {
            return new int[0];
        }
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

    /** The range writes over one issuance's blocks: its generated ones, bar those held, and the held ones. */
    private RangeWrites ranges(Call call) {
        var range = read(call).path("range");
        String key = VcmRegistry.issuanceKey(range);
        var blocks = new LinkedHashMap<String, ObjectNode>();
        for (int i : issuanceBlocks(key)) {
            var block = world.block(i);
            blocks.put(block.get("blockId").asText(), block);
        }
        byIssuance.getOrDefault(key, Set.of()).forEach(id -> blocks.put(id, tree(held.get(id))));
        return new RangeWrites(json, blocks, block -> {
            blocks.put(block.get("blockId").asText(), block);
            changed(block);
        });
    }

    private ObjectNode tree(String block) {
        try {
            return (ObjectNode) json.readTree(block);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a held block is not JSON", e);
        }
    }

    private JsonNode read(Call call) {
        try {
            return json.readTree(call.body());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("body is not JSON: " + e.getOriginalMessage());
        }
    }
}
