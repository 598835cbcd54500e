package org.a6gateway.ledger;

/**
 * A registry could not be read or written: unreachable, answered an error, or sent something
 * unreadable. The message names the registry and the URL, because that is what an operator
 * needs to act on it.
 */
public class UpstreamFailure extends RuntimeException {

    private final String registry;
    private final String url;

    public UpstreamFailure(String registry, String url, String problem, Throwable cause) {
        super(registry + " " + problem + " at " + url, cause);
        this.registry = registry;
        this.url = url;
    }

    public String registry() {
        return registry;
    }

    public String url() {
        return url;
    }
}
