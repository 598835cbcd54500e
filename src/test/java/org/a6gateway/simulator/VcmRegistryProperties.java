package org.a6gateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The simulated private registry finds a write's blocks through its index by issuance exactly as a
 * look over every block finds them: on generated registries whose programmes and issuances repeat
 * serial numbers, contain the key's separator or are empty, whose blocks overlap, share a start or
 * reuse an id in another issuance, and on writes that name no block, half a block, an inverted
 * range or leave a field out. Every answer and the whole feed afterwards are compared (the write
 * time each changed block carries aside).
 */
class VcmRegistryProperties {

    private static final List<String> PROGRAMS = List.of("VCS", "GS", "A", "A/B", "", "Ω");
    private static final List<String> ISSUANCES = List.of("1", "2", "B/1", "1/", "");
    private static final List<String> OPERATIONS = List.of("applyLabel", "removeLabel", "attachItmoReference", "removeItmoReference");

    private final ObjectMapper json = new ObjectMapper();

    record Seed(String id, String program, String issuance, long start, long length, boolean labelled, boolean referenced) {
    }

    /** A write near the seed block {@code near} points at (its programme, issuance and start), or anywhere when none. */
    record Write(String operation, int near, String program, String issuance, long start, long length, String code, int omitted) {
    }

    @Property(tries = 400)
    void theIndexFindsWhatALookOverEveryBlockFinds(@ForAll("seeds") List<Seed> seeds, @ForAll("writes") List<Write> writes)
            throws Exception {
        var blocks = seeds.stream().map(this::block).toList();
        var indexed = new VcmRegistry(json, blocks);
        var everyBlock = new EveryBlock(blocks);

        for (var write : writes) {
            var command = command(write, write.near() < 0 ? null : seeds.get(write.near() % seeds.size()));
            var answer = indexed.answer(new Call(write.operation(), null, null, null, UUID.randomUUID().toString(), command.toString()));
            var expected = everyBlock.answer(write.operation(), command);
            assertThat(answer.status()).as(command.toString()).isEqualTo(expected.status());
            assertThat(withoutWriteTimes(answer.body())).as(command.toString()).isEqualTo(withoutWriteTimes(expected.body()));
        }
        var feed = indexed.answer(new Call("listBlockChanges", null, FeedCursor.after(0), "1000", null, null));
        assertThat(withoutWriteTimes(feed.body()).get("items")).isEqualTo(withoutWriteTimes(everyBlock.feed().toString()));
    }

    @Provide
    Arbitrary<List<Seed>> seeds() {
        return Combinators.combine(Arbitraries.of("b0", "b1", "b2", "b3", "b4", "b5", "b6", "b7"), Arbitraries.of(PROGRAMS),
                Arbitraries.of(ISSUANCES), Arbitraries.longs().between(0, 12).map(n -> n * 5), Arbitraries.longs().between(1, 30),
                Arbitraries.of(true, false), Arbitraries.of(true, false)).as(Seed::new).list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<Write>> writes() {
        return Combinators.combine(Arbitraries.of(OPERATIONS), Arbitraries.integers().between(-1, 11), Arbitraries.of(PROGRAMS),
                Arbitraries.of(ISSUANCES), Arbitraries.longs().between(0, 80), Arbitraries.longs().between(1, 40),
                Arbitraries.of("A6_AUTHORIZED_NDC", "A6_AUTHORIZED_OIMP"),
                Arbitraries.integers().between(0, 40)).as(Write::new).list().ofMaxSize(15)
                // odd writes at the rates above: jqwik's edge cases would make every other one fieldless
                .withoutEdgeCases();
    }

    private ObjectNode block(Seed seed) {
        long end = seed.start() + seed.length() - 1;
        var block = json.createObjectNode().put("blockId", seed.id()).put("version", 1)
                .put("serial", seed.program() + "-" + seed.issuance() + "-" + seed.start() + "-" + end)
                .put("program", seed.program()).put("issuanceId", seed.issuance()).put("blockStart", seed.start())
                .put("blockEnd", end).put("quantity", seed.length()).put("updatedAt", "2026-01-01T00:00:00Z");
        var labels = block.putArray("labels");
        if (seed.labelled()) {
            labels.addObject().put("code", "A6_AUTHORIZED_NDC").put("text", "NDC");
        }
        if (seed.referenced()) {
            block.putObject("itmoReference").put("itmoId", "KOR-1-" + seed.start());
        }
        return block;
    }

    /**
     * The write's command: over the seed block's issuance, from a serial inside it, when it is near
     * one; {@code omitted} below 5 leaves one required field out (0: the range), 5 inverts the range,
     * 6 starts it before serial 0.
     */
    private ObjectNode command(Write write, Seed near) {
        var command = json.createObjectNode();
        long start = write.omitted() == 6 ? -1 : near == null ? write.start() : near.start() + write.start() % near.length();
        long end = write.omitted() == 5 ? start - 1 : start + write.length() - 1;
        var range = command.putObject("range").put("program", near == null ? write.program() : near.program())
                .put("issuanceId", near == null ? write.issuance() : near.issuance())
                .put("start", start).put("end", end);
        command.putObject("label").put("code", write.code()).put("text", write.code());
        command.putObject("reference").put("itmoId", "KOR-9-" + write.start());
        command.put("cause", "withdrawn");
        switch (write.omitted()) {
            case 0 -> command.remove("range");
            case 1 -> range.remove("program");
            case 2 -> range.remove("issuanceId");
            case 3 -> command.remove(write.operation().endsWith("Label") ? "label" : "reference");
            case 4 -> command.remove("cause");
            default -> { }
        }
        return command;
    }

    private JsonNode withoutWriteTimes(String body) throws Exception {
        var tree = json.readTree(body);
        strip(tree);
        return tree;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("updatedAt");
        }
        node.forEach(VcmRegistryProperties::strip);
    }

    /** The registry's writes as they were before the index: among every block it holds, in its order. */
    private final class EveryBlock {
        private final Map<String, ObjectNode> blocks = new LinkedHashMap<>();
        private final List<String> changes = new ArrayList<>();

        EveryBlock(List<ObjectNode> seed) {
            seed.forEach(block -> changed(block.deepCopy()));
        }

        private void changed(ObjectNode block) {
            blocks.put(block.get("blockId").asText(), block);
            changes.add(block.get("blockId").asText());
        }

        Answer answer(String operation, JsonNode command) {
            var writes = new RangeWrites(json, blocks, this::changed);
            try {
                return switch (operation) {
                    case "applyLabel" -> writes.applyLabel(command);
                    case "removeLabel" -> writes.removeLabel(command);
                    case "attachItmoReference" -> writes.attachItmoReference(command);
                    default -> writes.removeItmoReference(command);
                };
            } catch (IllegalArgumentException e) {
                return Answer.problem(400, "Bad request", e.getMessage());
            }
        }

        JsonNode feed() {
            var items = json.createArrayNode();
            changes.forEach(id -> items.add(blocks.get(id)));
            return items;
        }
    }
}
