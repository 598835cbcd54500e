package org.a6gateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The simulated private registry's range writes find their blocks by issuance: serial numbers
 * repeat across issuances and programmes, so a write touches only the blocks of the issuance it
 * names, including the parts earlier writes split off, and a range they do not wholly hold is a 404.
 */
class VcmRegistryTest {

    private final ObjectMapper json = new ObjectMapper();
    private final VcmRegistry registry = new VcmRegistry(json, List.of(
            block("VCS", "I1", 1, 100), block("VCS", "I2", 1, 100), block("GS", "I1", 1, 100), block("VCS", "I1", 101, 150)));

    @Test
    void aWriteChangesOnlyTheBlocksOfTheIssuanceItNames() throws Exception {
        var written = write("applyLabel", "VCS", "I1", 50, 60);

        assertThat(written.status()).isEqualTo(200);
        assertThat(changedSince(4)).extracting(VcmRegistryTest::describe)
                .containsExactlyInAnyOrder("VCS/I1 50-60 [NDC]", "VCS/I1 1-49 []", "VCS/I1 61-100 []");
    }

    @Test
    void aLaterWriteFindsThePartsAnEarlierOneSplitOffAndTheNextBlock() throws Exception {
        write("applyLabel", "VCS", "I1", 50, 60);

        var across = write("applyLabel", "VCS", "I1", 55, 120);

        assertThat(across.status()).isEqualTo(200);
        assertThat(json.readTree(across.body()).get("blocks")).extracting(b -> b.get("blockStart").asLong())
                .containsExactly(50L, 61L, 101L);
        var removed = write("removeLabel", "VCS", "I1", 1, 150);
        assertThat(json.readTree(removed.body()).get("blocks")).allSatisfy(b -> assertThat(b.get("labels")).isEmpty());
        assertThat(changedSince(0)).filteredOn(b -> !b.get("issuanceId").asText().equals("I1")
                || !b.get("program").asText().equals("VCS")).hasSize(2).allSatisfy(b -> assertThat(b.get("version").asLong()).isEqualTo(1));
    }

    @Test
    void aRangeItsIssuanceDoesNotWhollyHoldIsA404() {
        assertThat(write("applyLabel", "VCS", "I3", 1, 10).status()).isEqualTo(404);
        assertThat(write("applyLabel", "GS", "I2", 1, 10).status()).isEqualTo(404);
        assertThat(write("applyLabel", "GS", "I1", 90, 110).status()).as("GS I1 ends at 100").isEqualTo(404);
        assertThat(write("applyLabel", "VCS", "I1", 140, 151).status()).isEqualTo(404);
    }

    @Test
    void aBlockIdASeedReusesInAnotherIssuanceIsFoundOnlyThere() {
        var reused = block("VCS", "I2", 1, 100).put("blockId", "VCS-I1-1");
        var seeded = new VcmRegistry(json, List.of(block("VCS", "I1", 1, 100), reused));

        assertThat(write(seeded, "applyLabel", "VCS", "I1", 1, 10).status()).isEqualTo(404);
        assertThat(write(seeded, "applyLabel", "VCS", "I2", 1, 10).status()).isEqualTo(200);
    }

    private Answer write(String operation, String program, String issuance, long start, long end) {
        return write(registry, operation, program, issuance, start, end);
    }

    private Answer write(VcmRegistry registry, String operation, String program, String issuance, long start, long end) {
        var command = json.createObjectNode();
        command.putObject("range").put("program", program).put("issuanceId", issuance).put("start", start).put("end", end);
        command.putObject("label").put("code", "A6_AUTHORIZED_NDC").put("text", "NDC");
        return registry.answer(new Call(operation, null, null, null, UUID.randomUUID().toString(), command.toString()));
    }

    /** The feed's entries from a position on: every block a write changed, as the registry now holds it. */
    private List<JsonNode> changedSince(int position) throws Exception {
        var answer = registry.answer(new Call("listBlockChanges", null, FeedCursor.after(position), "1000", null, null));
        var items = new ArrayList<JsonNode>();
        json.readTree(answer.body()).get("items").forEach(items::add);
        return items;
    }

    private static String describe(JsonNode block) {
        var labels = new ArrayList<String>();
        block.get("labels").forEach(l -> labels.add(l.get("text").asText()));
        return block.get("program").asText() + "/" + block.get("issuanceId").asText() + " " + block.get("blockStart").asLong()
                + "-" + block.get("blockEnd").asLong() + " " + labels;
    }

    private ObjectNode block(String program, String issuance, long start, long end) {
        var block = json.createObjectNode().put("blockId", program + "-" + issuance + "-" + start).put("version", 1)
                .put("serial", program + "-" + issuance + "-" + start + "-" + end).put("program", program)
                .put("issuanceId", issuance).put("blockStart", start).put("blockEnd", end).put("quantity", end - start + 1)
                .put("updatedAt", "2026-01-01T00:00:00Z");
        block.putArray("labels");
        return block;
    }
}
