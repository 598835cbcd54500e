package org.a6gateway.national;

import org.a6gateway.feeds.FeedIngest;
import org.a6gateway.national.client.api.HealthApi;
import org.apache.camel.FluentProducerTemplate;
import org.springframework.stereotype.Service;

/** The national registry's ingest: its change feed into the authorization store. */
@Service
public class NationalIngest extends FeedIngest {

    NationalIngest(FluentProducerTemplate producer, HealthApi health, NationalProperties properties) {
        super(producer, NationalIngestRoute.URI, properties.name(), properties.url() + "/health",
                health::nationalHealth);
    }
}
