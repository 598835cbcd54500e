package org.a6gateway.api;

import java.util.LinkedHashMap;
import org.a6gateway.connectors.Connectors;
import org.a6gateway.feeds.Reachability;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Each registry's reachability on /actuator/health, under {@code registries} by the registry's id,
 * probed at most every {@code a6.health.probe-every}: DOWN with the reason when its health call
 * fails, shown to operators and auditors only. Liveness and readiness stay on the application's
 * own state, so an upstream outage never restarts the gateway.
 */
@Configuration(proxyBeanMethods = false)
class RegistryHealth {

    @Bean
    CompositeHealthContributor registriesHealthContributor(Connectors connectors, RegistryProbes probes) {
        var byId = new LinkedHashMap<String, HealthContributor>();
        connectors.all().forEach(c -> byId.put(c.id(), (HealthIndicator) () -> health(probes.of(c))));
        return CompositeHealthContributor.fromMap(byId);
    }

    private static Health health(Reachability reachability) {
        var health = reachability.up() ? Health.up() : Health.down().withDetail("reason", reachability.detail());
        return health.withDetail("registry", reachability.registry()).build();
    }
}
