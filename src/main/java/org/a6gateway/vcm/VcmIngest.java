package org.a6gateway.vcm;

import org.a6gateway.feeds.FeedIngest;
import org.a6gateway.vcm.client.api.HealthApi;
import org.apache.camel.FluentProducerTemplate;
import org.springframework.stereotype.Service;

/** The private registry's ingest: its change feed into the block store. */
@Service
public class VcmIngest extends FeedIngest {

    VcmIngest(FluentProducerTemplate producer, HealthApi health, VcmProperties properties) {
        super(producer, VcmIngestRoute.URI, properties.name(), properties.url() + "/health", health::vcmHealth);
    }
}
