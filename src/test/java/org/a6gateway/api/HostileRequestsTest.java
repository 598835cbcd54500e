package org.a6gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.stream.Stream;
import org.a6gateway.testing.ApiAccess;
import org.a6gateway.testing.HostileCorpus;
import org.a6gateway.testing.SyncedGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Hostile requests to the gateway's own API (hostile/api): malformed, mistyped, nested, oversized
 * bodies, wrong content types, unknown enum values, figures outside the contract's pattern, years
 * outside 1990-2100, orders for a Party the gateway knows nothing of, overlong path and query
 * values. Each is answered with an RFC 9457 problem (400, 413 or 415) that names no Java class,
 * never a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = SyncedGateway.CONTEXT)
class HostileRequestsTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    static Stream<Arguments> cases() {
        return HostileCorpus.cases("api");
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("cases")
    void aHostileRequestIsAProblemNeverAFailure(String file, String request, String contentType, String status,
                                                String detail) {
        String method = request.substring(0, request.indexOf(' '));
        String path = request.substring(request.indexOf(' ') + 1);
        var call = client(path).method(HttpMethod.valueOf(method)).uri(URI.create(base() + path));
        if (!file.equals("-")) {
            call = call.contentType(MediaType.parseMediaType(contentType)).body(HostileCorpus.read("api", file));
        }

        assertProblem(call.retrieve().toEntity(String.class), Integer.parseInt(status), detail);
    }

    @Test
    void aBodyNested100000LevelsDeepIsA400() {
        String nested = "[".repeat(100_000) + "]".repeat(100_000);

        assertProblem(post(nested), 400, "");
    }

    @Test
    void aBodyOverOneMegabyteIsA413BeforeAnythingReadsIt() {
        // Tomcat drains up to 2 MB of an unread body before it answers; beyond that it resets the connection
        String big = "{\"party\":\"" + "A".repeat(1536 * 1024) + "\",\"inventoryYear\":2030}";

        assertProblem(post(big), 413, "at most 1048576");
    }

    private ResponseEntity<String> post(String body) {
        return client("/reports/btr").post().uri(URI.create(base() + "/reports/btr"))
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(String.class);
    }

    private org.springframework.web.client.RestClient client(String path) {
        String role = path.startsWith("/reports") ? "GOVERNMENT" : path.startsWith("/ledger") ? "AUDITOR" : "OPERATOR";
        return ApiAccess.http(context, port, role);
    }

    private String base() {
        return "http://localhost:" + port + "/api/v1";
    }

    private static void assertProblem(ResponseEntity<String> response, int status, String detail) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isNotNull();
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as(String.valueOf(response.getHeaders().getContentType())).isTrue();
        assertThat(response.getBody()).contains("\"status\":" + status).contains(detail)
                .as("no Java class names in a problem").doesNotContainPattern("\\b(java|javax|jakarta|com|org)\\.[a-z]+\\.")
                .doesNotContainPattern("[A-Za-z](Exception|Error)\\b");
    }
}
