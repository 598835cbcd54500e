package org.a6gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.a6gateway.testing.ApiAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * Health asked for by anyone and often: an anonymous caller learns the status and nothing else
 * (no registry URL, error, disk path or database), operators and auditors see each part, and
 * however often health is asked for, each registry is probed at most once per ten seconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "a6.test.context=hostile-health")
class HostileHealthIT {

    private static final AtomicInteger PROBES = new AtomicInteger();
    private static final HttpServer REGISTRY = countingRegistry();

    @DynamicPropertySource
    static void privateRegistry(DynamicPropertyRegistry registry) {
        registry.add("a6.vcm.url", () -> "http://127.0.0.1:" + REGISTRY.getAddress().getPort() + "/v1");
        registry.add("a6.health.probe-every", () -> "1h");
    }

    @AfterAll
    static void stopRegistry() {
        REGISTRY.stop(0);
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void anAnonymousCallerLearnsTheStatusAndNothingElse() throws Exception {
        var body = actuator(ApiAccess.anonymous(context, port)).get().uri("/actuator/health").retrieve().body(String.class);

        // "groups" names the probes (liveness, readiness), nothing of what they found
        assertThat(new ObjectMapper().readTree(body).fieldNames()).toIterable().containsOnly("status", "groups");
        assertThat(body).doesNotContain("127.0.0.1").doesNotContain("registries").doesNotContain("diskSpace");
    }

    @Test
    void operatorsAndAuditorsSeeEachPartOthersOnlyTheStatus() throws Exception {
        for (var role : new String[] {"OPERATOR", "AUDITOR"}) {
            var health = new ObjectMapper().readTree(actuator(ApiAccess.http(context, port, role)).get().uri("/actuator/health")
                    .retrieve().body(String.class));
            assertThat(health.at("/components/registries/components/vcm-registry/status").asText()).as(role).isEqualTo("UP");
            assertThat(health.at("/components/diskSpace/details/path").isMissingNode()).as(role).isFalse();
        }
        for (var role : new String[] {"GOVERNMENT", "INTEGRATOR"}) {
            var body = actuator(ApiAccess.http(context, port, role)).get().uri("/actuator/health").retrieve().body(String.class);
            assertThat(new ObjectMapper().readTree(body).fieldNames()).toIterable().as(role).containsOnly("status", "groups");
        }
    }

    @Test
    void aRegistryIsProbedOnceHoweverOftenHealthIsAskedFor() {
        var anonymous = ApiAccess.anonymous(context, port);
        int before = PROBES.get();

        for (int i = 0; i < 20; i++) {
            actuator(anonymous).get().uri("/actuator/health").retrieve().toBodilessEntity();
            anonymous.get().uri("/health").retrieve().toBodilessEntity();
        }

        assertThat(PROBES.get() - before).isLessThanOrEqualTo(1);
        assertThat(anonymous.get().uri("/health").retrieve().body(String.class)).contains("\"vcm-registry\":\"UP\"");
    }

    /** The same client, addressed at the server's root rather than /api/v1. */
    private RestClient actuator(RestClient client) {
        return client.mutate().baseUrl("http://localhost:" + port).build();
    }

    private static HttpServer countingRegistry() {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/v1/health", exchange -> {
                PROBES.incrementAndGet();
                var ok = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, ok.length);
                exchange.getResponseBody().write(ok);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the counting registry", e);
        }
    }
}
