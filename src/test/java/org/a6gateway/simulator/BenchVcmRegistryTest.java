package org.a6gateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bench's private registry holds only the blocks a change or a write touched, as JSON text:
 * what it serves must still be each block's latest state, and a write must see an issuance as
 * its generated blocks with the touched ones over them.
 */
class BenchVcmRegistryTest {

    private final ObjectMapper json = new ObjectMapper();
    private final BenchWorld world = new BenchWorld(7, 400, 40);
    private final BenchVcmRegistry registry = new BenchVcmRegistry(json, world, SyntheticDemo.load(json));

    @Test
    void aChangedBlockIsServedWithItsNewVersionAndHolderAfterTheWorldAtItsPlaceAndById() throws Exception {
        var generated = world.block(5);
        registry.change(5);
        registry.change(5);

        var feed = feed();
        var last = feed.get(feed.size() - 1);
        assertThat(last.get("blockId")).isEqualTo(generated.get("blockId"));
        assertThat(last.get("version").asLong()).isEqualTo(generated.get("version").asLong() + 2);
        assertThat(last.get("holderAccount").asText()).isEqualTo("KVS-BENCH-buyer-" + last.get("version").asLong());
        assertThat(feed.get(feed.size() - 2)).as("each change is in the feed, at its latest state").isEqualTo(last);
        assertThat(feed.get(5)).isEqualTo(last);
        assertThat(feed.get(4)).isEqualTo(json.readTree(world.block(4).toString()));
        assertThat(byId(generated.get("blockId").asText())).isEqualTo(last);
    }

    @Test
    void aLabelOverPartOfAChangedBlockSplitsItAndKeepsTheChangeAndLeavesItsIssuanceOthersAlone() throws Exception {
        var generated = world.block(5);
        long start = generated.get("blockStart").asLong();
        long end = generated.get("blockEnd").asLong();
        registry.change(5);
        var changed = byId(generated.get("blockId").asText());
        int before = feed().size();

        var answer = registry.answer(new Call("applyLabel", null, null, null, "bench-label-1", json.writeValueAsString(
                json.createObjectNode().<ObjectNode>set("range", json.createObjectNode()
                        .put("program", generated.get("program").asText()).put("issuanceId", generated.get("issuanceId").asText())
                        .put("start", start + 1).put("end", end))
                        .set("label", json.createObjectNode().put("code", "A6_AUTHORIZED_OIMP").put("text", "OIMP")))));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        var written = json.readTree(answer.body()).get("blocks");
        assertThat(written).hasSize(1);
        assertThat(written.get(0).get("blockStart").asLong()).isEqualTo(start + 1);
        assertThat(written.get(0).get("holderAccount")).isEqualTo(changed.get("holderAccount"));
        var kept = byId(generated.get("blockId").asText());
        assertThat(kept.get("blockEnd").asLong()).isEqualTo(start);
        assertThat(kept.get("holderAccount")).isEqualTo(changed.get("holderAccount"));
        assertThat(kept.get("version").asLong()).isEqualTo(changed.get("version").asLong() + 1);
        var after = feed();
        var served = after.subList(before, after.size());
        assertThat(served).extracting(b -> b.get("blockId").asText())
                .containsExactlyInAnyOrder(generated.get("blockId").asText(), written.get(0).get("blockId").asText());
        assertThat(byId(world.block(6).get("blockId").asText())).isEqualTo(json.readTree(world.block(6).toString()));
    }

    /** Every block the feed serves from its start, in order. */
    private List<JsonNode> feed() throws Exception {
        var blocks = new ArrayList<JsonNode>();
        String cursor = null;
        JsonNode page;
        do {
            page = json.readTree(registry.answer(new Call("listBlockChanges", null, cursor, "1000", null, null)).body());
            page.get("items").forEach(blocks::add);
            cursor = page.get("nextCursor").asText();
        } while (page.get("hasMore").asBoolean());
        return blocks;
    }

    private JsonNode byId(String id) throws Exception {
        return json.readTree(registry.answer(new Call("getBlock", id, null, null, null, null)).body());
    }
}
