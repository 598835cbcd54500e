package org.a6gateway.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.a6gateway.security.ApiKeys;
import org.a6gateway.security.Role;
import org.a6gateway.testing.ApiAccess;
import org.a6gateway.testing.SyncedGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * What a curious or careless client meets around the operations: replies typed as JSON and
 * problems as problems, one API description, HEAD answered as GET without a body, paths and
 * methods the API does not have answered as such (not as a refusal that suggests they exist),
 * content security policies on the pages browsers render, and API keys that are revoked over the
 * API or expire by themselves, taking effect at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = SyncedGateway.CONTEXT)
class HostileHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    ApiKeys keys;

    @Test
    void repliesAreJsonAndProblemsAreProblemsWhateverTheClientAccepts() {
        for (var accept : new String[] {null, "*/*", "application/json, application/problem+json"}) {
            var request = as("INTEGRATOR").get().uri("/authorizations");
            var missing = as("INTEGRATOR").get().uri("/authorizations/NO-SUCH-ONE");
            if (accept != null) {
                request.header(HttpHeaders.ACCEPT, accept);
                missing.header(HttpHeaders.ACCEPT, accept);
            }
            assertThat(request.retrieve().toBodilessEntity().getHeaders().getContentType()).as(accept)
                    .isEqualTo(MediaType.APPLICATION_JSON);
            var problem = missing.retrieve().toBodilessEntity();
            assertThat(problem.getStatusCode().value()).isEqualTo(404);
            assertThat(problem.getHeaders().getContentType()).as(accept).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void theApiHasOneDescriptionTheContract() {
        var root = root(ApiAccess.anonymous(context, port));
        String contract = root.get().uri("/openapi/gateway.yaml").retrieve().body(String.class);

        for (var path : new String[] {"/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/default"}) {
            assertThat(root.get().uri(path).retrieve().body(String.class)).as(path).isEqualTo(contract)
                    .contains("x-a6-roles").doesNotContain("OpenAPI definition");
        }
        assertThat(root.get().uri("/v3/api-docs/swagger-config").retrieve().body(String.class)).contains("/openapi/gateway.yaml");
    }

    @Test
    void headIsAGetWithoutItsBodyForWhoeverMayGet() {
        var head = as("INTEGRATOR").head().uri("/authorizations").retrieve().toEntity(String.class);

        assertThat(head.getStatusCode().value()).isEqualTo(200);
        assertThat(head.getBody()).isNull();
        assertThat(head.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(as("INTEGRATOR").head().uri("/reports/parties").retrieve().toBodilessEntity().getStatusCode().value())
                .isEqualTo(403);
        assertThat(ApiAccess.anonymous(context, port).head().uri("/authorizations").retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void pathsAndMethodsTheApiDoesNotHaveAreSaidToBeMissingToASignedInCaller() {
        var missing = as("OPERATOR").get().uri("/no-such-thing").retrieve().toEntity(String.class);
        assertThat(missing.getStatusCode().value()).isEqualTo(404);
        assertThat(missing.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(as("INTEGRATOR").method(HttpMethod.DELETE).uri("/authorizations").retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(405);
        assertThat(as("OPERATOR").method(HttpMethod.PUT).uri("/sync-runs").retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(405);
        for (var path : new String[] {"/actuator", "/actuator/info", "/actuator/env"}) {
            assertThat(root(as("OPERATOR")).get().uri(path).retrieve().toBodilessEntity().getStatusCode().value()).as(path)
                    .isEqualTo(404);
        }
        assertThat(ApiAccess.anonymous(context, port).get().uri("/no-such-thing").retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void thePagesBrowsersRenderCarryAContentSecurityPolicy() {
        var root = root(ApiAccess.anonymous(context, port));
        var reports = root.get().uri("/reports.html").retrieve().toBodilessEntity().getHeaders();
        var console = root.get().uri("/console.html").retrieve().toBodilessEntity().getHeaders();
        var swagger = root.get().uri("/swagger-ui/index.html").retrieve().toBodilessEntity().getHeaders();

        assertThat(reports.getFirst("Content-Security-Policy")).contains("script-src 'self';").contains("frame-ancestors 'none'")
                .doesNotContain("unsafe");
        assertThat(console.getFirst("Content-Security-Policy")).isEqualTo(reports.getFirst("Content-Security-Policy"));
        assertThat(swagger.getFirst("Content-Security-Policy")).contains("script-src 'self';").contains("connect-src 'self'");
        for (String script : new String[] {"/reports.js", "/console.js", "/console-i18n.js"}) {
            assertThat(root.get().uri(script).retrieve().toBodilessEntity().getStatusCode().value()).as(script).isEqualTo(200);
        }
    }

    @Test
    void aKeyRevokedOverTheApiStopsWorkingAtOnce() {
        var issued = keys.create(Role.INTEGRATOR, "to revoke over the API");
        var holder = ApiAccess.anonymous(context, port).mutate().defaultHeader(ApiAccess.KEY_HEADER, issued.secret()).build();
        assertThat(holder.get().uri("/authorizations").retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(200);

        var revoked = as("OPERATOR").post().uri("/api-keys/{id}/revoke", issued.key().id()).retrieve().toEntity(JsonNode.class);

        assertThat(revoked.getStatusCode().value()).isEqualTo(200);
        assertThat(revoked.getBody().get("state").asText()).isEqualTo("revoked");
        assertThat(holder.get().uri("/authorizations").retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(401);
        assertThat(as("OPERATOR").post().uri("/api-keys/999999/revoke").retrieve().toBodilessEntity().getStatusCode().value())
                .isEqualTo(404);
        assertThat(as("INTEGRATOR").post().uri("/api-keys/{id}/revoke", issued.key().id()).retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void aKeyWithAnExpiryStopsWorkingWhenItComes() {
        var issued = keys.create(Role.INTEGRATOR, "short-lived", Instant.now().plusSeconds(3));
        var holder = ApiAccess.anonymous(context, port).mutate().defaultHeader(ApiAccess.KEY_HEADER, issued.secret()).build();
        assertThat(holder.get().uri("/authorizations").retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(200);

        await().atMost(Duration.ofMinutes(5)).until(() -> holder.get().uri("/authorizations").retrieve().toBodilessEntity()
                .getStatusCode().value() == 401);

        var listed = as("AUDITOR").get().uri("/api-keys").retrieve().body(JsonNode.class);
        assertThat(listed.findValues("name").stream().map(JsonNode::asText)).contains("short-lived");
        assertThat(listed.toString()).contains("\"name\":\"short-lived\"").doesNotContain(issued.secret());
        for (var key : listed) {
            if (key.get("id").asLong() == issued.key().id()) {
                assertThat(key.get("state").asText()).isEqualTo("expired");
                assertThat(key.has("expiresAt")).isTrue();
            }
        }
    }

    private RestClient as(String role) {
        return ApiAccess.http(context, port, role);
    }

    /** The same client, addressed at the server's root rather than /api/v1. */
    private RestClient root(RestClient client) {
        return client.mutate().baseUrl("http://localhost:" + port).build();
    }
}
