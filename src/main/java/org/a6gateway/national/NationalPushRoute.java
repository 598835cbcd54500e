package org.a6gateway.national;

import org.a6gateway.feeds.RetryLog;
import org.a6gateway.outbox.PushProperties;
import org.a6gateway.outbox.PushRoute;
import org.springframework.stereotype.Component;

/** Drains the national registry's outbox (ITMO pair registrations). */
@Component
class NationalPushRoute extends PushRoute {

    static final String URI = "direct:national.push";

    NationalPushRoute(PushProperties properties, RetryLog retryLog) {
        super(URI, "national.push", "nationalPusher", properties, retryLog);
    }
}
