package org.a6gateway.feeds;

/** Whether a registry answered its health call just now, and if not, why. */
public record Reachability(String registry, boolean up, String detail) {

    public static Reachability probe(String registry, String url, Runnable healthCall) {
        try {
            UpstreamCall.call(registry, url, () -> {
                healthCall.run();
                return null;
            });
            return new Reachability(registry, true, "UP");
        } catch (UpstreamFailure e) {
            return new Reachability(registry, false, e.getMessage());
        }
    }
}
