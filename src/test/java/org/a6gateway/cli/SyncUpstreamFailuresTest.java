package org.a6gateway.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A registry that keeps answering badly is set aside for the run, with one line that names the
 * registry, the URL, the phase and page it stopped at, and how many attempts it made: a failure
 * that may pass (5xx, unreadable answer) is retried, a 404 is not. The other registry is still
 * read, the summary printed, and the exit code (3) says the sync completed without it.
 */
class SyncUpstreamFailuresTest {

    private final WireMockServer registry = new WireMockServer(options().dynamicPort());

    /** A refused page is retried like any unreadable one: twice and at once here, not with production's backoff. */
    private static final String QUICK_RETRIES = "-Pa6.ingest.retry.max-retries=2";
    private static final String QUICK_DELAY = "-Pa6.ingest.retry.delay-ms=1";

    @BeforeEach
    void start() {
        registry.start();
    }

    @AfterEach
    void stop() {
        registry.stop();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            HTTP 500              | 500 | {"title":"boom"}          | answered 500 Server Error   | 3
            HTTP 404              | 404 | {}                        | answered 404 Not Found      | 1
            malformed JSON        | 200 | {"items": [ {"blockId":   | sent an unreadable response | 3
            JSON of another shape | 200 | [1, 2, 3]                 | sent an unreadable response (the page is not a JSON object) | 3
            items not an array    | 200 | {"items": 1, "nextCursor": "a", "hasMore": false} | sent an unreadable response (the page's 'items' is not an array) | 3
            """)
    void aBadPageNamesTheRegistryAndUrl(String name, int status, String body, String expected, int attempts) {
        registry.stubFor(get(urlPathEqualTo("/v1/blocks/changes")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));

        var run = CliRun.of("sync", "--vcm-registry-url=" + registry.baseUrl() + "/v1",
                QUICK_RETRIES, QUICK_DELAY);

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("NOT READ: vcm-registry").contains("not reconciled: vcm-registry could not be read");
        assertThat(run.err().lines().filter(l -> l.startsWith("a6-gateway:"))).singleElement().asString()
                .startsWith("a6-gateway: sync run 1 completed without vcm-registry: vcm-registry " + expected);
        assertThat(run.err()).contains("national-registry: page 1,");
        assertThat(run.err()).contains("vcm-registry " + expected)
                .contains("at " + registry.baseUrl() + "/v1/blocks/changes")
                .contains("ingest stopped at page 1 (from the start of the feed) after " + attempts
                        + (attempts == 1 ? " attempt" : " attempts"));
        assertThat(registry.getAllServeEvents()).hasSize(attempts);
    }

    /** Pages refused as a whole: the registry is set aside, the page and why named (issue 8). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            100,000 levels deep  | application/json | nesting depth
            HTML error page      | text/html        | content type text/html
            """)
    void aHostilePageSetsTheRegistryAsideNamingIt(String name, String contentType, String expected) {
        byte[] body = switch (name) {
            case "100,000 levels deep" -> ("{\"items\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}").getBytes();
            default -> "<html><body>502 Bad Gateway</body></html>".getBytes();
        };
        registry.stubFor(get(urlPathEqualTo("/v1/blocks/changes")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", contentType).withBody(body)));

        var run = CliRun.of("sync", "--vcm-registry-url=" + registry.baseUrl() + "/v1", QUICK_RETRIES, QUICK_DELAY);

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("vcm-registry sent an unreadable response").contains(expected)
                .contains("at " + registry.baseUrl() + "/v1/blocks/changes");
    }

    /**
     * A page of 50 MB of ordinary-looking blocks, made here rather than committed, served by the JDK's
     * own HTTP server (WireMock answers 500 to a stub that large): refused after the first 8 MiB.
     */
    @Test
    void aFiftyMegabytePageIsRefusedBeforeItFillsTheHeap() throws Exception {
        byte[] body = fiftyMegabytesOfBlocks();
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/blocks/changes", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            } catch (IOException closedByTheGateway) {
                // the gateway stops reading at its limit and closes the connection
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
            var run = CliRun.of("sync", "--vcm-registry-url=" + url, QUICK_RETRIES, QUICK_DELAY);

            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.err()).contains("vcm-registry sent an unreadable response (Document length")
                    .contains("at " + url + "/blocks/changes");
        } finally {
            server.stop(0);
        }
    }

    /** A page of 50 MB of ordinary-looking blocks. */
    private static byte[] fiftyMegabytesOfBlocks() {
        String block = "{\"blockId\":\"B\",\"version\":1,\"serial\":\"GS1-1-KE-GS7495-16-2025-30645-1-1\",\"program\":\"GS\","
                + "\"projectId\":\"GS7495\",\"hostCountry\":\"KE\",\"vintageYear\":2025,\"issuanceId\":\"30645\","
                + "\"blockStart\":1,\"blockEnd\":1,\"quantity\":1,\"status\":\"ISSUED\",\"unitSize\":\"1\"},";
        var page = new StringBuilder(50 * 1024 * 1024 + block.length()).append("{\"items\": [");
        while (page.length() < 50 * 1024 * 1024) {
            page.append(block);
        }
        return page.append(block, 0, block.length() - 1).append("], \"nextCursor\": \"x\", \"hasMore\": false}").toString().getBytes();
    }
}
