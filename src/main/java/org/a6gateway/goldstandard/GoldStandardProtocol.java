package org.a6gateway.goldstandard;

import org.a6gateway.connectors.ReadOnlyProtocol;
import org.a6gateway.connectors.ReadOnlyRegistries;
import org.a6gateway.connectors.RegistryConnector;
import org.a6gateway.registries.Registry;
import org.springframework.stereotype.Component;

/**
 * Gold Standard's public registry API ({@code protocol: gs-public-api}, the URL its base, e.g.
 * {@code https://public-api.goldstandard.org}): a private registry the gateway reads, on a Camel
 * route of its own, and never writes; its health is its first page of one credit.
 */
@Component
class GoldStandardProtocol extends ReadOnlyProtocol {

    static final String NAME = "gs-public-api";

    GoldStandardProtocol(ReadOnlyRegistries readOnly) {
        super(NAME, readOnly);
    }

    @Override
    public RegistryConnector connect(Registry registry) {
        var client = readOnly.client(registry);
        String probe = registry.url() + "/credits?page=1&size=1";
        return readOnly.connect(registry, new CreditsFeed(client, registry, readOnly.stores()), probe,
                () -> client.get().uri(probe).retrieve().toBodilessEntity());
    }
}
