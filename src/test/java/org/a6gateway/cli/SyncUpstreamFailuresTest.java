package org.a6gateway.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A registry that keeps answering badly stops the sync with one line that names the registry, the
 * URL, the phase and page it stopped at, and how many attempts it made: a failure that may pass
 * (5xx, unreadable answer) is retried, a 404 is not.
 */
class SyncUpstreamFailuresTest {

    private final WireMockServer registry = new WireMockServer(options().dynamicPort());

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
            JSON of another shape | 200 | [1, 2, 3]                 | sent an unreadable response | 3
            """)
    void aBadPageNamesTheRegistryAndUrl(String name, int status, String body, String expected, int attempts) {
        registry.stubFor(get(urlPathEqualTo("/v1/blocks/changes")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));

        var run = CliRun.of("sync", "--vcm-registry-url=" + registry.baseUrl() + "/v1",
                "-P", "a6.ingest.retry.max-retries=2", "-P", "a6.ingest.retry.delay-ms=1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("vcm-registry " + expected)
                .contains("at " + registry.baseUrl() + "/v1/blocks/changes")
                .contains("ingest stopped at page 1 (from the start of the feed) after " + attempts
                        + (attempts == 1 ? " attempt" : " attempts"));
        assertThat(registry.getAllServeEvents()).hasSize(attempts);
    }
}
