package org.a6gateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.a6gateway.sync.SyncRun;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

/** What an operator does by hand in the simulated private registry, behind the gateway's back. */
final class SimulatedOperator {

    private SimulatedOperator() {
    }

    /**
     * Removes, in the private registry, the first "Article 6 authorized" label the gateway applied
     * (the same range and label as its delivered command).
     */
    static void removeAnAuthorizedLabelApplied(ConfigurableEnvironment environment, JdbcTemplate jdbc) throws Exception {
        var command = new ObjectMapper().readTree(jdbc.queryForObject("select payload from outbox_command"
                + " where operation = 'applyLabel' and status = 'DELIVERED' and payload like '%A6_AUTHORIZED%'"
                + " order by id fetch first 1 rows only", String.class));
        var body = JsonNodeFactory.instance.objectNode();
        body.putObject("range").put("program", command.get("program").asText())
                .put("issuanceId", command.get("issuanceId").asText())
                .put("start", command.get("range").get("start").asLong()).put("end", command.get("range").get("end").asLong());
        body.putObject("label").put("code", command.get("code").asText()).put("text", command.get("text").asText())
                .put("authorizationId", command.get("authorizationId").asText());
        var started = (SimulatorEnvironment.Started) environment.getPropertySources().get(SimulatorEnvironment.SOURCE);
        var request = HttpRequest.newBuilder(URI.create(started.simulators.servers().get(0).baseUrl() + "/v1/labels/removals"))
                .header("Content-Type", "application/json").header("Idempotency-Key", "operator-removal-1")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    static SyncRun completed(SyncRun run) {
        assertThat(run.status()).as(String.valueOf(run.failure())).isEqualTo("COMPLETED");
        return run;
    }
}
