package org.a6gateway.vcm;

import org.a6gateway.feeds.ChangeFeedRoute;
import org.a6gateway.feeds.IngestRetryProperties;
import org.a6gateway.feeds.RetryLog;
import org.springframework.stereotype.Component;

/** Pages through the private registry's change feed until it has no more. */
@Component
class VcmIngestRoute extends ChangeFeedRoute {

    static final String URI = "direct:vcm.ingest";

    VcmIngestRoute(IngestRetryProperties retry, RetryLog retryLog) {
        super(URI, "vcm.ingest", "vcmChangeFeed", retry, retryLog);
    }
}
