package org.a6gateway.feeds;

import java.util.function.Supplier;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.client.UnknownContentTypeException;

/** Runs one call to a registry and turns the HTTP client's exceptions into an {@link UpstreamFailure}. */
public final class UpstreamCall {

    private UpstreamCall() {
    }

    public static <T> T call(String registry, String url, Supplier<T> call) {
        try {
            return call.get();
        } catch (RestClientResponseException e) {
            throw new UpstreamFailure(registry, url, "answered " + e.getStatusCode().value() + " "
                    + e.getStatusText(), e);
        } catch (ResourceAccessException e) {
            throw new UpstreamFailure(registry, url, "is unreachable (" + rootMessage(e) + ")", e);
        } catch (UnknownContentTypeException e) {
            throw new UnreadablePage(registry, url, "content type " + e.getContentType() + ", not application/json", e);
        } catch (RestClientException e) {
            throw new UnreadablePage(registry, url, rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
