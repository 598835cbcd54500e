package org.a6gateway.vcm;

import org.a6gateway.outbox.OutboxPush;
import org.apache.camel.FluentProducerTemplate;
import org.springframework.stereotype.Service;

/** Pushes the private registry's pending outbox commands. */
@Service
public class VcmPush extends OutboxPush {

    VcmPush(FluentProducerTemplate producer) {
        super(producer, VcmPushRoute.URI);
    }
}
