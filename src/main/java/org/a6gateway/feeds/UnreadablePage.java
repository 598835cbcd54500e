package org.a6gateway.feeds;

/**
 * A registry answered, but with a page the gateway refuses as a whole: not JSON, larger or more
 * deeply nested than {@link IngestLimits} allow, or not a page of the contract's shape. Its next
 * cursor cannot be trusted (or read), so the feed cannot go past it: the sync stops and says why.
 */
public class UnreadablePage extends UpstreamFailure {

    public UnreadablePage(String registry, String url, String problem, Throwable cause) {
        super(registry, url, "sent an unreadable response (" + problem + ")", cause);
    }
}
