package org.a6gateway.feeds;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How an ingest retries a change-feed page that failed in a way that may pass (5xx, timeout, cut
 * or unreadable answer): up to {@code maxRetries} more times, waiting {@code delayMs} and then
 * twice as long each time, never more than {@code maxDelayMs}. The defaults ride out about
 * twenty seconds of outage; longer, and the registry counts as unavailable for the run.
 */
@ConfigurationProperties("a6.ingest.retry")
public record IngestRetryProperties(@DefaultValue("5") int maxRetries, @DefaultValue("500") long delayMs,
                                    @DefaultValue("10000") long maxDelayMs) {
}
