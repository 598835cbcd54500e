package org.a6gateway.national;

import org.a6gateway.ledger.CamelCalls;
import org.a6gateway.ledger.IngestProgress;
import org.a6gateway.ledger.Reachability;
import org.a6gateway.national.client.api.HealthApi;
import org.apache.camel.FluentProducerTemplate;
import org.springframework.stereotype.Service;

/** Runs the national registry's ingest route and says how far it came. */
@Service
public class NationalIngest {

    private final FluentProducerTemplate producer;
    private final HealthApi health;
    private final NationalProperties properties;

    NationalIngest(FluentProducerTemplate producer, HealthApi health, NationalProperties properties) {
        this.producer = producer;
        this.health = health;
        this.properties = properties;
    }

    public Reachability probe() {
        return Reachability.probe(properties.name(), properties.url() + "/health", health::nationalHealth);
    }

    public IngestProgress run() {
        return CamelCalls.unwrapped(() -> producer.to(NationalIngestRoute.URI).request(IngestProgress.class));
    }
}
