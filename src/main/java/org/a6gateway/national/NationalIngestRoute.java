package org.a6gateway.national;

import org.a6gateway.feeds.ChangeFeedRoute;
import org.a6gateway.feeds.IngestRetryProperties;
import org.a6gateway.feeds.RetryLog;
import org.springframework.stereotype.Component;

/** Pages through the national registry's change feed until it has no more. */
@Component
class NationalIngestRoute extends ChangeFeedRoute {

    static final String URI = "direct:national.ingest";

    NationalIngestRoute(IngestRetryProperties retry, RetryLog retryLog) {
        super(URI, "national.ingest", "nationalChangeFeed", retry, retryLog);
    }
}
