package org.a6gateway.vcm;

import org.a6gateway.feeds.RetryLog;
import org.a6gateway.outbox.PushProperties;
import org.a6gateway.outbox.PushRoute;
import org.springframework.stereotype.Component;

/** Drains the private registry's outbox (labels and ITMO references). */
@Component
class VcmPushRoute extends PushRoute {

    static final String URI = "direct:vcm.push";

    VcmPushRoute(PushProperties properties, RetryLog retryLog) {
        super(URI, "vcm.push", "vcmPusher", properties, retryLog);
    }
}
