package org.a6gateway.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.a6gateway.connectors.RegistryConnector;
import org.a6gateway.feeds.Reachability;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Each registry's reachability as last probed, probed again only once it is older than
 * {@code a6.health.probe-every} (10 s): health is open to anyone, and a call to it must not become
 * a call to both registries. Callers asking while a probe runs wait for its answer.
 */
@Component
class RegistryProbes {

    private record Probed(Reachability reachability, Instant at) {
    }

    private final Map<String, Probed> last = new ConcurrentHashMap<>();
    private final Duration every;
    private final Clock clock;

    RegistryProbes(@Value("${a6.health.probe-every:10s}") Duration every, Clock clock) {
        this.every = every;
        this.clock = clock;
    }

    Reachability of(RegistryConnector registry) {
        return last.compute(registry.id(), (name, probed) -> probed != null
                && probed.at().plus(every).isAfter(clock.instant()) ? probed : new Probed(registry.probe(), clock.instant()))
                .reachability();
    }
}
