package org.a6gateway.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.a6gateway.units.SerialRange;
import org.a6gateway.units.Serials;

/**
 * Writes on a serial range, as a real registry does them: the blocks the range covers are split
 * so that the range gets blocks of its own (the first part keeps the block id), then changed.
 * A change that changes nothing (a label already there) bumps no version.
 */
final class RangeWrites {

    private record Range(String program, String issuanceId, long start, long end) {
    }

    private final ObjectMapper json;
    private final Map<String, ObjectNode> blocks;
    private final Consumer<ObjectNode> changed;

    /** Writes among {@code blocks} (a registry gives those of the write's issuance); {@code changed} hears of each block written. */
    RangeWrites(ObjectMapper json, Map<String, ObjectNode> blocks, Consumer<ObjectNode> changed) {
        this.json = json;
        this.blocks = blocks;
        this.changed = changed;
    }

    Answer applyLabel(JsonNode command) {
        var label = required(command, "label");
        String code = required(label, "code").asText();
        return write(command, b -> !hasLabel(b, code), b -> ((ArrayNode) b.get("labels")).add(label.deepCopy()));
    }

    Answer removeLabel(JsonNode command) {
        String code = required(required(command, "label"), "code").asText();
        return write(command, b -> hasLabel(b, code), b -> removeLabel(b, code));
    }

    Answer attachItmoReference(JsonNode command) {
        var reference = required(command, "reference");
        return write(command, b -> !reference.equals(b.get("itmoReference")),
                b -> b.set("itmoReference", reference.deepCopy()));
    }

    Answer removeItmoReference(JsonNode command) {
        required(command, "cause");
        return write(command, b -> b.hasNonNull("itmoReference"), b -> b.remove("itmoReference"));
    }

    private Answer write(JsonNode command, Predicate<ObjectNode> needsChange, Consumer<ObjectNode> change) {
        var range = range(required(command, "range"));
        var covering = covering(range);
        if (!coversWholly(covering, range)) {
            return Answer.problem(404, "Range not held", "no blocks of " + range.program() + " issuance "
                    + range.issuanceId() + " cover units " + range.start() + "-" + range.end() + " wholly");
        }
        var result = json.createObjectNode();
        var written = result.putArray("blocks");
        for (ObjectNode block : covering) {
            var inside = isolate(block, range, needsChange.test(block));
            if (needsChange.test(inside)) {
                change.accept(inside);
                touch(inside);
            }
            written.add(inside);
        }
        return Answer.ok(result.toString());
    }

    /** Splits off the parts of a block outside the range (only when the block will change) and returns the part inside. */
    private ObjectNode isolate(ObjectNode block, Range range, boolean willChange) {
        long start = block.get("blockStart").asLong();
        long end = block.get("blockEnd").asLong();
        if (!willChange || (start >= range.start() && end <= range.end())) {
            return block;
        }
        long from = Math.max(start, range.start());
        long to = Math.min(end, range.end());
        var inside = part(block, from, to);
        if (from > start) {
            touch(part(block, start, from - 1));
        }
        if (to < end) {
            touch(part(block, to + 1, end));
        }
        return inside;
    }

    private ObjectNode part(ObjectNode block, long from, long to) {
        var part = block.deepCopy();
        String id = block.get("blockId").asText().split("\\.")[0];
        boolean keepsId = from == block.get("blockStart").asLong();
        part.put("blockId", keepsId ? block.get("blockId").asText() : id + "." + from)
                .put("serial", serialOf(block.get("serial").asText(), from, to))
                .put("blockStart", from).put("blockEnd", to).put("quantity", to - from + 1)
                .put("version", keepsId ? block.get("version").asLong() : 0);
        return part;
    }

    /** The part's serial as the registry writes it; a format whose range cannot be rewritten keeps the block's text. */
    private static String serialOf(String serial, long from, long to) {
        try {
            return Serials.parse(serial).withRange(SerialRange.of(from, to));
        } catch (RuntimeException unwritable) {
            return serial;
        }
    }

    private void touch(ObjectNode block) {
        block.put("version", block.get("version").asLong() + 1).put("updatedAt", java.time.Instant.now().toString());
        changed.accept(block);
    }

    private List<ObjectNode> covering(Range range) {
        var found = new ArrayList<ObjectNode>();
        for (ObjectNode b : blocks.values()) {
            if (b.get("program").asText().equals(range.program()) && b.get("issuanceId").asText().equals(range.issuanceId())
                    && b.get("blockStart").asLong() <= range.end() && b.get("blockEnd").asLong() >= range.start()) {
                found.add(b);
            }
        }
        // by position; blocks overlapping from one start (a registry's odd seed) by end, then id, so
        // that the order never depends on how the caller holds its blocks
        found.sort(Comparator.<ObjectNode>comparingLong(b -> b.get("blockStart").asLong())
                .thenComparingLong(b -> b.get("blockEnd").asLong()).thenComparing(b -> b.get("blockId").asText()));
        return found;
    }

    private static boolean coversWholly(List<ObjectNode> covering, Range range) {
        long next = range.start();
        for (ObjectNode b : covering) {
            if (b.get("blockStart").asLong() > next) {
                return false;
            }
            next = Math.max(next, b.get("blockEnd").asLong() + 1);
        }
        return next > range.end();
    }

    private static Range range(JsonNode node) {
        var range = new Range(required(node, "program").asText(), required(node, "issuanceId").asText(),
                required(node, "start").asLong(), required(node, "end").asLong());
        if (range.start() < 0 || range.end() < range.start()) {
            throw new IllegalArgumentException("range " + range.start() + "-" + range.end() + " is empty or inverted");
        }
        return range;
    }

    private static JsonNode required(JsonNode node, String field) {
        var value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("'" + field + "' is required");
        }
        return value;
    }

    private static boolean hasLabel(ObjectNode block, String code) {
        for (JsonNode label : block.get("labels")) {
            if (label.get("code").asText().equals(code)) {
                return true;
            }
        }
        return false;
    }

    private static void removeLabel(ObjectNode block, String code) {
        var labels = (ArrayNode) block.get("labels");
        for (int i = labels.size() - 1; i >= 0; i--) {
            if (labels.get(i).get("code").asText().equals(code)) {
                labels.remove(i);
            }
        }
    }
}
