package org.a6gateway.connectors;

import org.a6gateway.feeds.UpstreamJson;
import org.a6gateway.registries.Registry;
import org.springframework.web.client.RestClient;

/** The HTTP client of one registry: Boot's (timeouts, HTTP client), its credentials, JSON read within the ingest limits. */
public final class RegistryClients {

    private RegistryClients() {
    }

    public static RestClient client(Registry registry, RestClient.Builder boot, UpstreamJson json) {
        var builder = boot.clone();
        if (registry.apiKey() != null && !registry.apiKey().isBlank()) {
            builder.defaultHeader("X-API-Key", registry.apiKey());
        }
        if (registry.bearerToken() != null && !registry.bearerToken().isBlank()) {
            builder.defaultHeader("Authorization", "Bearer " + registry.bearerToken());
        }
        return json.restClient(builder);
    }
}
