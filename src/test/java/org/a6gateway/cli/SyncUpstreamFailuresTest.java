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

/** A registry that answers badly stops the sync with one line that names the registry and URL. */
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
            HTTP 500              | 500 | {"title":"boom"}          | answered 500 Server Error
            HTTP 404              | 404 | {}                        | answered 404 Not Found
            malformed JSON        | 200 | {"items": [ {"blockId":   | sent an unreadable response
            JSON of another shape | 200 | [1, 2, 3]                 | sent an unreadable response
            """)
    void aBadPageNamesTheRegistryAndUrl(String name, int status, String body, String expected) {
        registry.stubFor(get(urlPathEqualTo("/v1/blocks/changes")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));

        var run = CliRun.of("sync", "--vcm-registry-url=" + registry.baseUrl() + "/v1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("vcm-registry " + expected)
                .contains("at " + registry.baseUrl() + "/v1/blocks/changes");
    }
}
