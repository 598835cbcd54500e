package org.a6gateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.a6gateway.sync.SyncRun;
import org.a6gateway.sync.SyncRuns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A sync after upstream changes decides again only what they touch (issue 9), and leaves nothing a
 * full decision would still do. A first run decides everything; then an operator removes, in the
 * private registry, a label the gateway applied; the next run sees that block's change, decides its
 * project's authorizations again and applies the label back; a run with every decision's mark
 * forgotten (so deciding the whole store again) then finds nothing to enqueue and nothing to hold
 * back that the scoped run had not.
 */
// a database of its own: the test changes a registry, which a context shared with others would see
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "a6.test.database=scopeddecisions")
class ScopedDecisionsTest {

    @Autowired
    ConfigurableEnvironment environment;
    @Autowired
    SyncRuns runs;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLabelRemovedUpstreamIsAppliedAgainByTheScopedRunAndAFullDecisionThenFindsNothingLeft() throws Exception {
        assertThat(completed(runs.runNow()).summary().labelsApplied()).isPositive();
        assertThat(marks()).as("every decision completed once").isEqualTo(4);
        var applied = new ObjectMapper().readTree(jdbc.queryForObject("select payload from outbox_command"
                + " where operation = 'applyLabel' and status = 'DELIVERED' and payload like '%A6_AUTHORIZED%'"
                + " order by id fetch first 1 rows only", String.class));

        var removal = post("/v1/labels/removals", removalOf(applied));
        assertThat(removal.statusCode()).as(removal.body()).isEqualTo(200);
        var scoped = completed(runs.runNow());

        assertThat(scoped.summary().labelsApplied()).as("the removed label, decided again").isEqualTo(1);
        assertThat(scoped.summary().labelsRemoved()).isZero();
        assertThat(scoped.summary().pendingCommands()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from decision_change"
                + " where id <= (select min(decided_through) from decision_mark)", Long.class))
                .as("changes every decision has passed are deleted (the read-backs after a decision stay for the next)").isZero();
        var heldBack = scoped.summary().heldBack();

        jdbc.update("delete from decision_mark");
        var full = completed(runs.runNow());

        assertThat(full.summary().labelsApplied() + full.summary().labelsRemoved()).isZero();
        assertThat(full.summary().itmoIdsMinted()).isZero();
        assertThat(full.summary().itmoReferencesAttached()).isZero();
        assertThat(full.summary().caFlagsApplied()).isZero();
        assertThat(full.summary().pushed()).isZero();
        assertThat(full.summary().heldBack()).isEqualTo(heldBack).isNotEmpty();
        assertThat(marks()).isEqualTo(4);
    }

    /** The registry's request removing the label the gateway's command applied (the same range and label). */
    private static String removalOf(JsonNode command) {
        var body = JsonNodeFactory.instance.objectNode();
        body.putObject("range").put("program", command.get("program").asText())
                .put("issuanceId", command.get("issuanceId").asText())
                .put("start", command.get("range").get("start").asLong()).put("end", command.get("range").get("end").asLong());
        body.putObject("label").put("code", command.get("code").asText()).put("text", command.get("text").asText())
                .put("authorizationId", command.get("authorizationId").asText());
        return body.toString();
    }

    private long marks() {
        return jdbc.queryForObject("select count(*) from decision_mark", Long.class);
    }

    private static SyncRun completed(SyncRun run) {
        assertThat(run.status()).as(String.valueOf(run.failure())).isEqualTo("COMPLETED");
        return run;
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(vcm().baseUrl() + path))
                .header("Content-Type", "application/json").header("Idempotency-Key", "operator-removal-1")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private WireMockServer vcm() {
        var started = (SimulatorEnvironment.Started) environment.getPropertySources().get(SimulatorEnvironment.SOURCE);
        return started.simulators.servers().get(0);
    }
}
