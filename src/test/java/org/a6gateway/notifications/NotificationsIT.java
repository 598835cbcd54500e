package org.a6gateway.notifications;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.a6gateway.outbox.DeadLetter;
import org.a6gateway.sync.SyncRun;
import org.a6gateway.sync.SyncRunEnded;
import org.a6gateway.sync.SyncRuns;
import org.a6gateway.sync.SyncSummary;
import org.a6gateway.testing.ApiAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * Subscriptions made through the API, then the demo synced with the CA flag needing approval: the
 * officer's webhook gets one signed delivery for the new CRITICAL discrepancies and one for the
 * proposed CA flags, a receiver that fails twice gets the third attempt, the operator's e-mails
 * arrive at an SMTP server in the test. The other events (a failed run, a registry set aside, dead
 * letters) come as the sync job tells of a run's end, with summaries such runs leave. A receiver
 * down for every attempt leaves its delivery FAILED until tried again by hand. Each role sees
 * only its own subscriptions and deliveries.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "a6.test.database=notifications", "a6.approvals.required=CA_FLAG", "a6.notifications.backoff=0s",
        "a6.simulator.private-registries=one"})
class NotificationsIT {

    private static final String SECRET = "the-officer's-webhook-secret";
    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private static final WireMockServer RECEIVER = new WireMockServer(options().dynamicPort());

    static {
        SMTP.start();
        RECEIVER.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
        RECEIVER.stop();
    }

    @Autowired
    SyncRuns syncs;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    ObjectMapper json;
    @LocalServerPort
    int port;

    @Test
    void eachEventReachesItsSubscribersSignedRetriedAndRecorded() throws Exception {
        RECEIVER.stubFor(post("/officer").willReturn(aResponse().withStatus(204)));
        RECEIVER.stubFor(post("/flaky").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("failed once"));
        RECEIVER.stubFor(post("/flaky").inScenario("flaky").whenScenarioStateIs("failed once")
                .willReturn(aResponse().withStatus(502)).willSetStateTo("failed twice"));
        RECEIVER.stubFor(post("/flaky").inScenario("flaky").whenScenarioStateIs("failed twice")
                .willReturn(aResponse().withStatus(200)));
        RECEIVER.stubFor(post("/down").willReturn(aResponse().withStatus(503)));

        var government = ApiAccess.http(context, port, "GOVERNMENT");
        var operator = ApiAccess.http(context, port, "OPERATOR");
        JsonNode officer = subscribe(government, Map.of("channel", "WEBHOOK", "target", RECEIVER.url("/officer"), "secret", SECRET));
        assertThat(officer.path("secret").asText()).isEqualTo(SECRET);
        assertThat(officer.path("events")).hasSize(5);
        JsonNode flaky = subscribe(government, Map.of("channel", "WEBHOOK", "target", RECEIVER.url("/flaky"),
                "events", List.of("APPROVALS_WAITING")));
        assertThat(flaky.path("secret").asText()).as("made by the gateway").hasSize(64);
        JsonNode down = subscribe(government, Map.of("channel", "WEBHOOK", "target", RECEIVER.url("/down"),
                "events", List.of("RUN_FAILED")));
        subscribe(operator, Map.of("channel", "EMAIL", "target", "registry.operator@example.org"));
        assertRefusals(government);

        var run = syncs.runNow();
        assertThat(run.completed()).as(String.valueOf(run.failure())).isTrue();

        var officerHeard = received("/officer");
        assertThat(officerHeard).extracting(r -> r.getHeader("A6-Event"))
                .containsExactly("CRITICAL_DISCREPANCIES", "APPROVALS_WAITING");
        officerHeard.forEach(this::assertSigned);
        JsonNode critical = json.readTree(officerHeard.get(0).getBodyAsString());
        assertThat(critical.path("syncRun").asLong()).isEqualTo(run.id());
        assertThat(critical.path("details").path("count").asLong()).isPositive();
        assertThat(critical.path("details").path("discrepancies").get(0).fieldNames()).toIterable()
                .containsExactlyInAnyOrder("key", "type", "registry", "issuance", "units", "tonnes");
        JsonNode approvals = json.readTree(officerHeard.get(1).getBodyAsString());
        assertThat(approvals.path("details").path("proposed").asLong()).as("the demo's three CA flags").isEqualTo(3);
        assertThat(approvals.path("text").asText()).contains("proposed 3 commands for a GOVERNMENT user's approval");
        assertThat(received("/flaky")).as("two failures, then the third attempt delivers").hasSize(3);
        var heardThird = delivery(government, flaky);
        assertThat(heardThird.path("status").asText()).isEqualTo("DELIVERED");
        assertThat(heardThird.path("attempts").asInt()).isEqualTo(3);

        tellRunEnded(new SyncRun(run.id() + 100, "FAILED", null, null, null, "national-registry answered 500 at page 2", List.of()));
        tellRunEnded(new SyncRun(run.id() + 101, "COMPLETED", null, null, summary(Map.of(
                "unavailable", Map.of("vcm-registry", "answered 503; ingest stopped at page 1 after 3 attempts"),
                "deadLettered", 1, "deadLetters", 1,
                "deadLetteredCommands", List.of(new DeadLetter("national-registry", 9, "registerItmoPair", "ITMO-1", "answered 422")))),
                null, List.of()));

        assertThat(received("/officer")).extracting(r -> r.getHeader("A6-Event")).containsExactly("CRITICAL_DISCREPANCIES",
                "APPROVALS_WAITING", "RUN_FAILED", "RUN_INCOMPLETE", "DEAD_LETTERS");
        received("/officer").forEach(this::assertSigned);
        var mails = SMTP.getReceivedMessages();
        assertThat(mails).as("the operator's e-mail subscription: every event").hasSize(5);
        assertThat(subjects(mails)).allSatisfy(s -> assertThat(s).startsWith("[a6-gateway] Sync run "))
                .anySatisfy(s -> assertThat(s).contains("failed: national-registry answered 500 at page 2"));
        assertThat(GreenMailUtil.getBody(mails[2])).contains("\"kind\":\"RUN_FAILED\"");
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("registry.operator@example.org");

        var failed = delivery(government, down);
        assertThat(failed.path("status").asText()).isEqualTo("FAILED");
        assertThat(failed.path("attempts").asInt()).as("a6.notifications.attempts").isEqualTo(4);
        assertThat(failed.path("lastStatus").asInt()).isEqualTo(503);
        RECEIVER.stubFor(post("/down").willReturn(aResponse().withStatus(200)));
        JsonNode retried = government.post().uri("/notifications/deliveries/{id}/redeliver", failed.path("id").asLong())
                .retrieve().body(JsonNode.class);
        assertThat(retried.path("status").asText()).isEqualTo("DELIVERED");
        assertThat(retried.path("attempts").asInt()).isEqualTo(5);
        assertThat(government.post().uri("/notifications/deliveries/{id}/redeliver", failed.path("id").asLong())
                .retrieve().toBodilessEntity().getStatusCode().value()).as("only a FAILED delivery is tried again").isEqualTo(409);

        assertRolesApart(government, operator, officer);
    }

    private void assertRefusals(RestClient government) {
        for (var bad : List.<Map<String, Object>>of(Map.of("channel", "WEBHOOK", "target", "ftp://example.org/hook"),
                Map.of("channel", "WEBHOOK", "target", RECEIVER.url("/x"), "secret", "short"),
                Map.of("channel", "EMAIL", "target", "not an address"),
                Map.of("channel", "WEBHOOK", "target", RECEIVER.url("/x"), "role", "OPERATOR"))) {
            var answer = government.post().uri("/notifications/subscriptions").contentType(MediaType.APPLICATION_JSON).body(bad)
                    .retrieve().toEntity(String.class);
            assertThat(answer.getStatusCode().value()).as(bad.toString()).isEqualTo(400);
            assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        for (var target : List.of("ftp://example.org/hook", "http://exa mple.org/hook")) {
            var answer = government.post().uri("/notifications/subscriptions").contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("channel", "WEBHOOK", "target", target)).retrieve().toEntity(JsonNode.class);
            assertThat(answer.getBody().path("detail").asText())
                    .isEqualTo("a webhook is an absolute http or https URL, not '" + target + "'");
        }
    }

    private void assertRolesApart(RestClient government, RestClient operator, JsonNode officer) {
        JsonNode governments = government.get().uri("/notifications/subscriptions").retrieve().body(JsonNode.class);
        assertThat(governments).hasSize(3).allSatisfy(s -> assertThat(s.has("secret")).as("never listed").isFalse());
        JsonNode operators = operator.get().uri("/notifications/deliveries").retrieve().body(JsonNode.class);
        assertThat(operators).hasSize(5).allSatisfy(d -> assertThat(d.path("status").asText()).isEqualTo("DELIVERED"));
        var integrator = ApiAccess.http(context, port, "INTEGRATOR");
        assertThat(integrator.get().uri("/notifications/subscriptions").retrieve().body(JsonNode.class)).isEmpty();
        assertThat(integrator.delete().uri("/notifications/subscriptions/{id}", officer.path("id").asLong()).retrieve()
                .toBodilessEntity().getStatusCode().value()).as("another role's subscription").isEqualTo(404);
        assertThat(government.delete().uri("/notifications/subscriptions/{id}", officer.path("id").asLong()).retrieve()
                .toBodilessEntity().getStatusCode().value()).isEqualTo(204);
        assertThat(government.get().uri("/notifications/subscriptions").retrieve().body(JsonNode.class)).hasSize(2);
        assertThat(government.get().uri("/notifications/deliveries?subscription={id}", officer.path("id").asLong()).retrieve()
                .body(JsonNode.class)).as("kept on record").hasSize(5);
    }

    private JsonNode subscribe(RestClient as, Map<String, Object> body) {
        var answer = as.post().uri("/notifications/subscriptions").contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().toEntity(JsonNode.class);
        assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(201);
        return answer.getBody();
    }

    private JsonNode delivery(RestClient as, JsonNode subscription) {
        JsonNode list = as.get().uri("/notifications/deliveries?subscription={id}", subscription.path("id").asLong())
                .retrieve().body(JsonNode.class);
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    private void tellRunEnded(SyncRun run) {
        events.publishEvent(new SyncRunEnded(run));
    }

    private SyncSummary summary(Map<String, Object> fields) {
        return json.convertValue(fields, SyncSummary.class);
    }

    private static List<LoggedRequest> received(String path) {
        return RECEIVER.findAll(postRequestedFor(urlEqualTo(path)));
    }

    private void assertSigned(LoggedRequest request) {
        String signature = request.getHeader(Signatures.HEADER);
        String time = signature.substring(2, signature.indexOf(','));
        assertThat(signature).isEqualTo("t=" + time + ",v1=" + Signatures.hmac(SECRET, time + "." + request.getBodyAsString()));
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        assertThat(request.getHeader("A6-Delivery")).isNotBlank();
    }

    private static List<String> subjects(MimeMessage[] mails) throws Exception {
        var subjects = new ArrayList<String>();
        for (var mail : mails) {
            subjects.add(mail.getSubject());
        }
        return subjects;
    }
}
