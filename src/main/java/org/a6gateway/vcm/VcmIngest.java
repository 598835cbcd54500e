package org.a6gateway.vcm;

import org.a6gateway.ledger.CamelCalls;
import org.a6gateway.ledger.IngestProgress;
import org.a6gateway.ledger.Reachability;
import org.a6gateway.vcm.client.api.HealthApi;
import org.apache.camel.FluentProducerTemplate;
import org.springframework.stereotype.Service;

/** Runs the private registry's ingest route and says how far it came. */
@Service
public class VcmIngest {

    private final FluentProducerTemplate producer;
    private final HealthApi health;
    private final VcmProperties properties;

    VcmIngest(FluentProducerTemplate producer, HealthApi health, VcmProperties properties) {
        this.producer = producer;
        this.health = health;
        this.properties = properties;
    }

    public Reachability probe() {
        return Reachability.probe(properties.name(), properties.url() + "/health", health::vcmHealth);
    }

    public IngestProgress run() {
        return CamelCalls.unwrapped(() -> producer.to(VcmIngestRoute.URI).request(IngestProgress.class));
    }
}
