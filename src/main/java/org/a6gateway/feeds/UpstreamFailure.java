package org.a6gateway.feeds;

import org.springframework.http.HttpStatus;
import org.springframework.web.client.RestClientResponseException;

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

    /** The same failure, with where the gateway was when it gave up (phase, page, attempts). */
    UpstreamFailure(UpstreamFailure failure, String where) {
        super(failure.getMessage() + "; " + where, failure.getCause());
        this.registry = failure.registry;
        this.url = failure.url;
    }

    public String registry() {
        return registry;
    }

    public String url() {
        return url;
    }

    /**
     * Whether trying again may help. A 4xx says the request itself is wrong (a URL or cursor the
     * registry does not know), so it never is — except 408 and 429, which say "later". Everything
     * else (5xx, no answer, a cut or unreadable answer) is what a registry in trouble does for a while.
     */
    public boolean isTransient() {
        if (getCause() instanceof RestClientResponseException answer && answer.getStatusCode().is4xxClientError()) {
            int status = answer.getStatusCode().value();
            return status == HttpStatus.REQUEST_TIMEOUT.value() || status == HttpStatus.TOO_MANY_REQUESTS.value();
        }
        return true;
    }
}
