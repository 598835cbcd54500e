package org.a6gateway.requests;

import org.a6gateway.feeds.IngestProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Once a read-only registry's feed was read to its end, the requests its data shows done are closed. */
@Component
class RequestClosing {

    private static final Logger log = LoggerFactory.getLogger(RequestClosing.class);

    private final OperatorRequests requests;

    RequestClosing(OperatorRequests requests) {
        this.requests = requests;
    }

    @EventListener
    void afterPage(IngestProgress progress) {
        if (progress.hasMore() || !requests.registries().contains(progress.registry())) {
            return;
        }
        int closed = requests.closeDone(progress.registry());
        if (closed > 0) {
            log.info("{}: {} operator requests seen done and closed", progress.registry(), closed);
        }
    }
}
