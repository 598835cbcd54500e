package org.a6gateway.outbox;

import org.a6gateway.feeds.CamelCalls;
import org.apache.camel.FluentProducerTemplate;

/** Runs one registry's push route: delivers its pending outbox commands and says what became of them. */
public final class OutboxPush {

    private final FluentProducerTemplate producer;
    private final String routeUri;

    public OutboxPush(FluentProducerTemplate producer, String routeUri) {
        this.producer = producer;
        this.routeUri = routeUri;
    }

    public PushResult run() {
        return CamelCalls.unwrapped(() -> producer.to(routeUri).request(PushResult.class));
    }
}
