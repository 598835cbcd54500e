package org.a6gateway.national;

import org.a6gateway.outbox.OutboxPush;
import org.apache.camel.FluentProducerTemplate;
import org.springframework.stereotype.Service;

/** Pushes the national registry's pending outbox commands. */
@Service
public class NationalPush extends OutboxPush {

    NationalPush(FluentProducerTemplate producer) {
        super(producer, NationalPushRoute.URI);
    }
}
