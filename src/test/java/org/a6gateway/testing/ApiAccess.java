package org.a6gateway.testing;

import org.a6gateway.client.ApiClient;
import org.springframework.context.ApplicationContext;
import org.springframework.web.client.RestClient;

/**
 * How a test reaches the gateway API as one of its roles (OPERATOR, GOVERNMENT, INTEGRATOR,
 * AUDITOR): a raw {@link RestClient} that never throws on a status, or the generated client.
 */
public final class ApiAccess {

    private ApiAccess() {
    }

    /** A client of {@code /api/v1} signed in with the role; every status comes back as a response. */
    public static RestClient http(ApplicationContext context, int port, String role) {
        return context.getBean(RestClient.Builder.class).clone()
                .baseUrl("http://localhost:" + port + "/api/v1")
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }

    /** The generated client of gateway.yaml, signed in with the role. */
    public static ApiClient client(ApplicationContext context, int port, String role) {
        return new ApiClient().setBasePath("http://localhost:" + port + "/api/v1");
    }
}
