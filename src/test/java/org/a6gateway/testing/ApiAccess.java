package org.a6gateway.testing;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.a6gateway.client.ApiClient;
import org.a6gateway.security.ApiKeys;
import org.a6gateway.security.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.web.client.RestClient;

/**
 * How a test reaches the gateway API as one of its roles (OPERATOR, GOVERNMENT, INTEGRATOR,
 * AUDITOR): a raw {@link RestClient} that never throws on a status, or the generated client,
 * each signed in with an API key of that role made in the context's database (one per role).
 */
public final class ApiAccess {

    public static final String KEY_HEADER = "X-API-Key";
    private static final Map<ApplicationContext, Map<Role, String>> KEYS = new WeakHashMap<>();

    private ApiAccess() {
    }

    /** A client of {@code /api/v1} signed in with the role; every status comes back as a response. */
    public static RestClient http(ApplicationContext context, int port, String role) {
        return anonymous(context, port).mutate().defaultHeader(KEY_HEADER, key(context, role)).build();
    }

    /** A client of {@code /api/v1} with no credentials at all. */
    public static RestClient anonymous(ApplicationContext context, int port) {
        return context.getBean(RestClient.Builder.class).clone()
                .baseUrl("http://localhost:" + port + "/api/v1")
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }

    /** The generated client of gateway.yaml, signed in with the role. */
    public static ApiClient client(ApplicationContext context, int port, String role) {
        var client = new ApiClient().setBasePath("http://localhost:" + port + "/api/v1");
        client.setApiKey(key(context, role));
        return client;
    }

    /** The secret of the context's test key of a role, made on first use. */
    public static String key(ApplicationContext context, String role) {
        Role chosen = Role.parse(role);
        synchronized (KEYS) {
            return KEYS.computeIfAbsent(context, c -> new ConcurrentHashMap<>())
                    .computeIfAbsent(chosen, r -> context.getBean(ApiKeys.class).create(r, "test " + r).secret());
        }
    }
}
