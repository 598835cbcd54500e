package org.a6gateway.vcm;

import org.a6gateway.ledger.CamelCalls;
import org.a6gateway.ledger.PushResult;
import org.apache.camel.FluentProducerTemplate;
import org.springframework.stereotype.Service;

/** Pushes the private registry's pending outbox commands. */
@Service
public class VcmPush {

    private final FluentProducerTemplate producer;

    VcmPush(FluentProducerTemplate producer) {
        this.producer = producer;
    }

    public PushResult run() {
        return CamelCalls.unwrapped(() -> producer.to(VcmPushRoute.URI).request(PushResult.class));
    }
}
