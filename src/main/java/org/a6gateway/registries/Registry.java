package org.a6gateway.registries;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One configured registry: {@code id} names it in the store (each block and record keeps the
 * registry it came from), the outbox, the ledger and the summary; {@code url} is its API's base;
 * {@code protocol} the API it speaks ({@value #A6_V2}: the gateway's own contracts,
 * vcm-registry.yaml for a private registry and itmo-registry.yaml for the national one). A registry
 * that asks for credentials gets {@code apiKey} (sent as {@code X-API-Key}) or {@code bearerToken}.
 */
public record Registry(String id, RegistryRole role, @DefaultValue(Registry.A6_V2) String protocol, String url,
                       @DefaultValue("200") int pageSize, String apiKey, String bearerToken) {

    public static final String A6_V2 = "a6-v2";

    public Registry withUrl(String url) {
        return new Registry(id, role, protocol, url, pageSize, apiKey, bearerToken);
    }

    /** Without its credentials, for logs and the API. */
    @Override
    public String toString() {
        return id + " (" + role.name().toLowerCase() + ", " + protocol + ", " + url + ")";
    }
}
