package org.a6gateway.feeds;

/**
 * Attempts repeated for one registry in one phase, and what for: the change-feed {@code pages}
 * re-fetched (ingest) or the {@code commands} re-sent (push); the other is null.
 */
public record RetryTally(int retries, Integer pages, Integer commands) {

    public RetryTally plus(RetryTally other) {
        return new RetryTally(retries + other.retries, sum(pages, other.pages), sum(commands, other.commands));
    }

    private static Integer sum(Integer a, Integer b) {
        return a == null ? b : b == null ? a : a + b;
    }
}
