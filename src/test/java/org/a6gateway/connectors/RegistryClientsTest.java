package org.a6gateway.connectors;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.a6gateway.feeds.IngestLimits;
import org.a6gateway.feeds.UpstreamJson;
import org.a6gateway.registries.Registry;
import org.a6gateway.registries.RegistryRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/** Each registry's client carries its own credentials, and only its own. */
class RegistryClientsTest {

    private final WireMockServer registry = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final UpstreamJson json = new UpstreamJson(new ObjectMapper(), new IngestLimits(8_388_608, 64, 100_000));
    private final RestClient.Builder boot = RestClient.builder();

    @BeforeEach
    void start() {
        registry.start();
        registry.stubFor(get(urlEqualTo("/v1/health")).willReturn(okJson("{\"status\":\"UP\"}")));
    }

    @AfterEach
    void stop() {
        registry.stop();
    }

    private Registry configured(String id, String apiKey, String bearerToken) {
        return new Registry(id, RegistryRole.PRIVATE, Registry.A6_V2, registry.baseUrl() + "/v1", 200, apiKey, bearerToken);
    }

    private void call(Registry configured) {
        RegistryClients.client(configured, boot, json).get().uri(configured.url() + "/health").retrieve().toBodilessEntity();
    }

    @Test
    void anApiKeyGoesAsXApiKeyAndABearerTokenAsAuthorization() {
        call(configured("verra", "verra-key", null));
        call(configured("gs", null, "gs-token"));

        registry.verify(1, getRequestedFor(urlEqualTo("/v1/health")).withHeader("X-API-Key", equalTo("verra-key"))
                .withHeader("Authorization", absent()));
        registry.verify(1, getRequestedFor(urlEqualTo("/v1/health")).withHeader("Authorization", equalTo("Bearer gs-token"))
                .withHeader("X-API-Key", absent()));
    }

    @Test
    void aRegistryWithoutCredentialsGetsNoneOfAnothers() {
        call(configured("verra", "verra-key", "verra-token"));
        call(configured("kvs", null, " "));

        registry.verify(1, getRequestedFor(urlEqualTo("/v1/health")).withHeader("X-API-Key", absent())
                .withHeader("Authorization", absent()));
    }
}
