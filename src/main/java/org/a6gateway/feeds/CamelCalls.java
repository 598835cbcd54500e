package org.a6gateway.feeds;

import java.util.function.Supplier;
import org.apache.camel.CamelExecutionException;

/** Callers of a route want the failure the route met, not Camel's wrapper around it. */
public final class CamelCalls {

    private CamelCalls() {
    }

    public static <T> T unwrapped(Supplier<T> routeCall) {
        try {
            return routeCall.get();
        } catch (CamelExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
