package org.a6gateway.api;

import org.a6gateway.feeds.Reachability;
import org.a6gateway.national.NationalIngest;
import org.a6gateway.vcm.VcmIngest;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Each registry's reachability on /actuator/health ({@code vcmRegistry}, {@code nationalRegistry}),
 * probed at most every {@code a6.health.probe-every}: DOWN with the reason when its health call
 * fails, shown to operators and auditors only. Liveness and readiness stay on the application's
 * own state, so an upstream outage never restarts the gateway.
 */
@Configuration(proxyBeanMethods = false)
class RegistryHealth {

    @Bean
    HealthIndicator vcmRegistryHealthIndicator(VcmIngest vcm, RegistryProbes probes) {
        return () -> health(probes.of(vcm));
    }

    @Bean
    HealthIndicator nationalRegistryHealthIndicator(NationalIngest national, RegistryProbes probes) {
        return () -> health(probes.of(national));
    }

    private static Health health(Reachability reachability) {
        var health = reachability.up() ? Health.up() : Health.down().withDetail("reason", reachability.detail());
        return health.withDetail("registry", reachability.registry()).build();
    }
}
