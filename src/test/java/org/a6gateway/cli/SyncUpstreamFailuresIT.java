package org.a6gateway.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.a6gateway.simulator.RegistrySimulators;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A registry that keeps answering badly is set aside for the run, with one line that names the
 * registry, the URL, the phase and page it stopped at, and how many attempts it made: a failure
 * that may pass (5xx, unreadable answer) is retried, a 404 is not. The other registries are still
 * read, the summary printed, and the exit code (3) says the sync completed without them. Each bad
 * answer comes from a private registry of its own in one sync: what the sync says of a registry
 * depends only on that registry's answers, so one run shows every case.
 */
class SyncUpstreamFailuresIT {

    private static final String JSON = "application/json";

    /** A refused page is retried like any unreadable one: twice and at once here, not with production's backoff. */
    private static final String QUICK_RETRIES = "-Pa6.ingest.retry.max-retries=2";
    private static final String QUICK_DELAY = "-Pa6.ingest.retry.delay-ms=1";

    /** How a registry answers its first page, and what the sync says of it (attempts 0: not counted). */
    private record BadRegistry(String id, int status, String contentType, byte[] body, String expected, int attempts) {

        BadRegistry(String id, int status, String contentType, String body, String expected, int attempts) {
            this(id, status, contentType, body.getBytes(), expected, attempts);
        }
    }

    private static final List<BadRegistry> BAD_PAGES = List.of(
            new BadRegistry("http-500", 500, JSON, "{\"title\":\"boom\"}", "answered 500 Server Error", 3),
            new BadRegistry("http-404", 404, JSON, "{}", "answered 404 Not Found", 1),
            new BadRegistry("malformed-json", 200, JSON, "{\"items\": [ {\"blockId\":", "sent an unreadable response", 3),
            new BadRegistry("another-shape", 200, JSON, "[1, 2, 3]", "sent an unreadable response (the page is not a JSON object)", 3),
            new BadRegistry("items-not-an-array", 200, JSON, "{\"items\": 1, \"nextCursor\": \"a\", \"hasMore\": false}",
                    "sent an unreadable response (the page's 'items' is not an array)", 3));

    /** Pages refused as a whole: the registry is set aside, the page and why named. */
    private static final List<BadRegistry> HOSTILE_PAGES = List.of(
            new BadRegistry("deep-nesting", 200, JSON, "{\"items\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}",
                    "nesting depth", 0),
            new BadRegistry("html-page", 200, "text/html", "<html><body>502 Bad Gateway</body></html>", "content type text/html", 0));

    private final WireMockServer registries = new WireMockServer(options().dynamicPort());
    private HttpServer fiftyMegabytes;
    private RegistrySimulators national;

    @BeforeEach
    void start() throws IOException {
        registries.start();
        fiftyMegabytes = fiftyMegabytePageServer();
        national = RegistrySimulators.start(null, 0);
    }

    @AfterEach
    void stop() {
        registries.stop();
        fiftyMegabytes.stop(0);
        national.close();
    }

    @Test
    void everyBadRegistryIsSetAsideNamingItsUrlAndTheNationalOneIsStillRead() {
        var run = CliRun.of(args());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("national-registry: page 1,");
        var softly = new SoftAssertions();
        BAD_PAGES.forEach(bad -> aBadPageNamesTheRegistryAndUrl(softly, run, bad));
        HOSTILE_PAGES.forEach(bad -> aHostilePageSetsTheRegistryAsideNamingIt(softly, run, bad));
        aFiftyMegabytePageIsRefusedBeforeItFillsTheHeap(softly, run);
        softly.assertAll();
    }

    private void aBadPageNamesTheRegistryAndUrl(SoftAssertions softly, CliRun run, BadRegistry bad) {
        softly.assertThat(run.out()).as(bad.id()).contains("NOT READ: " + bad.id());
        softly.assertThat(run.out().lines().filter(l -> l.contains("not reconciled: ")).findFirst()).as(bad.id())
                .hasValueSatisfying(line -> assertThat(line).contains(bad.id()).contains("could not be read"));
        softly.assertThat(run.err().lines().filter(l -> l.startsWith("a6-gateway: sync run 1 completed without " + bad.id() + ":")))
                .as(bad.id()).singleElement().asString().contains(": " + bad.id() + " " + bad.expected());
        softly.assertThat(run.err()).as(bad.id()).contains(bad.id() + " " + bad.expected())
                .contains("at " + url(bad) + "/blocks/changes")
                .contains("ingest stopped at page 1 (from the start of the feed) after " + bad.attempts()
                        + (bad.attempts() == 1 ? " attempt" : " attempts"));
        softly.assertThat(registries.findAll(getRequestedFor(urlPathEqualTo("/" + bad.id() + "/v1/blocks/changes"))))
                .as(bad.id()).hasSize(bad.attempts());
    }

    private void aHostilePageSetsTheRegistryAsideNamingIt(SoftAssertions softly, CliRun run, BadRegistry bad) {
        softly.assertThat(run.err()).as(bad.id()).contains(bad.id() + " sent an unreadable response").contains(bad.expected())
                .contains("at " + url(bad) + "/blocks/changes");
    }

    /** Served by the JDK's own HTTP server (WireMock answers 500 to a stub that large): refused after the first 8 MiB. */
    private void aFiftyMegabytePageIsRefusedBeforeItFillsTheHeap(SoftAssertions softly, CliRun run) {
        softly.assertThat(run.err()).contains("fifty-megabytes sent an unreadable response (Document length")
                .contains("at " + fiftyMegabytesUrl() + "/blocks/changes");
    }

    private String[] args() {
        var args = new ArrayList<>(List.of("sync", QUICK_RETRIES, QUICK_DELAY));
        int i = 0;
        for (var bad : allBad()) {
            registries.stubFor(get(urlPathEqualTo("/" + bad.id() + "/v1/blocks/changes")).willReturn(aResponse()
                    .withStatus(bad.status()).withHeader("Content-Type", bad.contentType()).withBody(bad.body())));
            args.addAll(entry(i++, bad.id(), "private", url(bad)));
        }
        args.addAll(entry(i++, "fifty-megabytes", "private", fiftyMegabytesUrl()));
        args.addAll(entry(i, "national-registry", "national", national.nationalBaseUrl()));
        return args.toArray(String[]::new);
    }

    private static List<BadRegistry> allBad() {
        var all = new ArrayList<>(BAD_PAGES);
        all.addAll(HOSTILE_PAGES);
        return all;
    }

    private static List<String> entry(int index, String id, String role, String url) {
        String prefix = "-Pa6.registries[" + index + "].";
        return List.of(prefix + "id=" + id, prefix + "role=" + role, prefix + "url=" + url);
    }

    private String url(BadRegistry bad) {
        return registries.baseUrl() + "/" + bad.id() + "/v1";
    }

    private String fiftyMegabytesUrl() {
        return "http://127.0.0.1:" + fiftyMegabytes.getAddress().getPort() + "/v1";
    }

    private static HttpServer fiftyMegabytePageServer() throws IOException {
        byte[] body = fiftyMegabytesOfBlocks();
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/blocks/changes", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", JSON);
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            } catch (IOException closedByTheGateway) {
                // the gateway stops reading at its limit and closes the connection
            }
        });
        server.start();
        return server;
    }

    /** A page of 50 MB of ordinary-looking blocks, made here rather than committed. */
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
