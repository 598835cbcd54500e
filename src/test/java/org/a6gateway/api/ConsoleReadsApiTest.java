package org.a6gateway.api;

import static org.a6gateway.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.a6gateway.testing.ApiAccess;
import org.a6gateway.testing.SyncedGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * What the console reads after the demo's first sync: the latest runs, the units held back with
 * why, a discrepancy's ledger events by subject, and a review mark put on, shown (to an integrator
 * without who and why), replaced and cleared.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = SyncedGateway.CONTEXT)
class ConsoleReadsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    RestClient government;

    @BeforeEach
    void synced() {
        SyncedGateway.syncOnce(context, port);
        government = ApiAccess.http(context, port, "GOVERNMENT");
    }

    @Test
    void theLatestRunsComeNewestFirstWithTheirSummaries() {
        var first = SyncedGateway.syncOnce(context, port);
        JsonNode runs = government.get().uri("/sync-runs?limit=5").retrieve().body(JsonNode.class);

        assertThat(runs).isNotEmpty();
        assertThat(runs.get(runs.size() - 1).path("runId").asLong()).isEqualTo(first.runId());
        assertThat(runs.get(runs.size() - 1).at("/summary/blocks").asLong()).isEqualTo(637);
        for (int i = 1; i < runs.size(); i++) {
            assertThat(runs.get(i - 1).path("runId").asLong()).as("newest first").isGreaterThan(runs.get(i).path("runId").asLong());
        }
        assertProblem(government.get().uri("/sync-runs?limit=101").retrieve().toEntity(String.class), HttpStatus.BAD_REQUEST, "'limit'");
    }

    @Test
    void theUnitsHeldBackAreListedWithWhyAndSinceWhen() {
        JsonNode all = government.get().uri("/held-back?size=1000").retrieve().body(JsonNode.class);
        JsonNode itmoIds = government.get().uri("/held-back?kind=ITMO_ID&size=1000").retrieve().body(JsonNode.class);

        assertThat(all.path("total").asLong()).isEqualTo(all.path("items").size()).isPositive();
        assertThat(itmoIds.path("items")).allSatisfy(h -> assertThat(h.path("kind").asText()).isEqualTo("ITMO_ID"))
                .anySatisfy(h -> assertThat(h.path("reason").asText()).isEqualTo("VOLUNTARY_CLAIM"));
        assertThat(all.path("items")).allSatisfy(h -> {
            assertThat(h.path("detail").asText()).isNotBlank();
            assertThat(h.path("since").asText()).isNotBlank();
        });
        assertProblem(government.get().uri("/held-back?kind=LABEL").retrieve().toEntity(String.class), HttpStatus.BAD_REQUEST, "'kind'");
    }

    @Test
    void aDoubleClaimsLedgerEventsAreReadBySubject() {
        JsonNode claim = government.get().uri("/discrepancies?type=DOUBLE_CLAIM").retrieve().body(JsonNode.class).at("/items/0");
        JsonNode block = government.get().uri("/blocks?registry={r}&firstUnit={f}&lastUnit={l}", claim.path("registry").asText(),
                claim.path("firstUnit").asLong(), claim.path("lastUnit").asLong()).retrieve().body(JsonNode.class).at("/items/0");
        String prefix = block.at("/privateRegistry/program").asText() + " " + block.at("/privateRegistry/issuanceId").asText() + " ";

        JsonNode events = government.get().uri("/ledger/events?limit=1000&subject={s}", prefix).retrieve().body(JsonNode.class);

        assertThat(events.path("items")).isNotEmpty().allSatisfy(e -> assertThat(e.path("subject").asText()).startsWith(prefix));
        JsonNode none = government.get().uri("/ledger/events?subject={s}", "no such subject").retrieve().body(JsonNode.class);
        assertThat(none.path("items")).isEmpty();
        assertThat(none.path("next").isMissingNode()).isTrue();
    }

    @Test
    void aMarkIsPutOnShownReplacedAndCleared() {
        String key = government.get().uri("/discrepancies?type=DOUBLE_CLAIM").retrieve().body(JsonNode.class).at("/items/0/key").asText();

        JsonNode marked = mark(key, "UNDER_REVIEW", "asked the KVS operator").body(JsonNode.class);
        assertThat(marked.at("/review/mark").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(marked.at("/review/markedBy").asText()).contains("test GOVERNMENT");
        assertThat(mark(key, "OBJECTION_RAISED", "the second claim stands").body(JsonNode.class).at("/review/comment").asText())
                .isEqualTo("the second claim stands");
        JsonNode listed = government.get().uri("/discrepancies?type=DOUBLE_CLAIM").retrieve().body(JsonNode.class);
        assertThat(listed.path("items")).filteredOn(d -> d.path("key").asText().equals(key)).singleElement()
                .satisfies(d -> assertThat(d.at("/review/mark").asText()).isEqualTo("OBJECTION_RAISED"));

        JsonNode seenByIntegrator = ApiAccess.http(context, port, "INTEGRATOR").get().uri("/discrepancies/{k}", key).retrieve()
                .body(JsonNode.class);
        assertThat(seenByIntegrator.at("/review/mark").asText()).isEqualTo("OBJECTION_RAISED");
        assertThat(seenByIntegrator.at("/review/markedBy").asText()).isEqualTo("(withheld: personal data)");
        assertThat(seenByIntegrator.at("/review/comment").asText()).isEqualTo("(withheld: personal data)");

        assertProblem(mark(key, "UNDER_REVIEW", " ").toEntity(String.class), HttpStatus.BAD_REQUEST, "'comment'");
        assertProblem(mark(key, "APPROVED", "x").toEntity(String.class), HttpStatus.BAD_REQUEST, "mark");
        assertProblem(mark("0123456789abcdef", "UNDER_REVIEW", "x").toEntity(String.class), HttpStatus.NOT_FOUND, "no discrepancy");
        assertThat(ApiAccess.http(context, port, "INTEGRATOR").put().uri("/discrepancies/{k}/review", key)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("mark", "UNDER_REVIEW", "comment", "x")).retrieve()
                .toBodilessEntity().getStatusCode().value()).isEqualTo(403);

        assertThat(government.delete().uri("/discrepancies/{k}/review", key).retrieve().toBodilessEntity().getStatusCode().value())
                .isEqualTo(204);
        assertThat(government.get().uri("/discrepancies/{k}", key).retrieve().body(JsonNode.class).has("review")).isFalse();
    }

    private RestClient.ResponseSpec mark(String key, String mark, String comment) {
        return government.put().uri("/discrepancies/{k}/review", key).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("mark", mark, "comment", comment)).retrieve();
    }
}
