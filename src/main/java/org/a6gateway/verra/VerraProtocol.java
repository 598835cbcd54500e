package org.a6gateway.verra;

import org.a6gateway.connectors.ReadOnlyProtocol;
import org.a6gateway.connectors.ReadOnlyRegistries;
import org.a6gateway.connectors.RegistryConnector;
import org.a6gateway.registries.Registry;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Verra's registry search ({@code protocol: verra-search}, the URL the search API's base, e.g.
 * {@code https://registry.verra.org/uiapi}): a private registry the gateway reads, on a Camel
 * route of its own, and never writes; its health is a search for one holding.
 */
@Component
class VerraProtocol extends ReadOnlyProtocol {

    static final String NAME = "verra-search";

    VerraProtocol(ReadOnlyRegistries readOnly) {
        super(NAME, readOnly);
    }

    @Override
    public RegistryConnector connect(Registry registry) {
        var client = readOnly.client(registry);
        String probe = registry.url() + "/asset/asset/search?$skip=0&$top=1";
        return readOnly.connect(registry, new SearchFeed(client, registry, readOnly.stores()), probe,
                () -> client.post().uri(probe).contentType(MediaType.APPLICATION_JSON).body(SearchFeed.QUERY)
                        .retrieve().toBodilessEntity());
    }
}
