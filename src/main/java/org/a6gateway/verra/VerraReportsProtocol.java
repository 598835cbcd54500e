package org.a6gateway.verra;

import org.a6gateway.connectors.ReadOnlyProtocol;
import org.a6gateway.connectors.ReadOnlyRegistries;
import org.a6gateway.connectors.RegistryConnector;
import org.a6gateway.registries.Registry;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Verra's registry on its new platform ({@code protocol: verra-reports}, the URL the public reports'
 * base, e.g. {@code https://prod-us.api.platts.com/ci-raas-prod/raas-report-api/es/public}): a
 * private registry the gateway reads and never writes, through its issuance, retirement and
 * cancellation reports; its health is a search for one issuance.
 */
@Component
class VerraReportsProtocol extends ReadOnlyProtocol {

    static final String NAME = "verra-reports";

    VerraReportsProtocol(ReadOnlyRegistries readOnly) {
        super(NAME, readOnly);
    }

    @Override
    public RegistryConnector connect(Registry registry) {
        var client = readOnly.client(registry);
        var feed = new ReportsFeed(client, registry, readOnly.stores());
        String probe = registry.url() + "/issuances/publicReportPageSearch";
        return readOnly.connect(registry, feed, probe, () -> client.post().uri(probe).contentType(MediaType.APPLICATION_JSON)
                .body(ReportsFeed.PROBE).retrieve().toBodilessEntity());
    }
}
