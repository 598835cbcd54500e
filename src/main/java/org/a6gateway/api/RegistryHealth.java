package org.a6gateway.api;

import org.a6gateway.ledger.FeedIngest;
import org.a6gateway.national.NationalIngest;
import org.a6gateway.vcm.VcmIngest;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Each registry's reachability on /actuator/health ({@code vcmRegistry}, {@code nationalRegistry}),
 * probed at each call: DOWN with the reason when its health call fails. Liveness and readiness
 * stay on the application's own state, so an upstream outage never restarts the gateway.
 */
@Configuration(proxyBeanMethods = false)
class RegistryHealth {

    @Bean
    HealthIndicator vcmRegistryHealthIndicator(VcmIngest vcm) {
        return () -> probe(vcm);
    }

    @Bean
    HealthIndicator nationalRegistryHealthIndicator(NationalIngest national) {
        return () -> probe(national);
    }

    private static Health probe(FeedIngest ingest) {
        var reachability = ingest.probe();
        var health = reachability.up() ? Health.up() : Health.down().withDetail("reason", reachability.detail());
        return health.withDetail("registry", reachability.registry()).build();
    }
}
