package org.a6gateway.api;

import java.util.LinkedHashMap;
import org.a6gateway.api.generated.HealthApi;
import org.a6gateway.api.generated.model.Health;
import org.a6gateway.connectors.Connectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The gateway is up when it answers; each registry's reachability (UP or DOWN, as last probed)
 * is reported beside it. Open to anyone, so why a registry is down (its URL, the error) is shown
 * only to operators and auditors, on /actuator/health.
 */
@RestController
@RequestMapping("/api/v1")
class HealthController implements HealthApi {

    private final Connectors connectors;
    private final RegistryProbes probes;

    HealthController(Connectors connectors, RegistryProbes probes) {
        this.connectors = connectors;
        this.probes = probes;
    }

    @Override
    public ResponseEntity<Health> getHealth() {
        var registries = new LinkedHashMap<String, String>();
        connectors.all().stream().map(probes::of).forEach(r -> registries.put(r.registry(), r.up() ? "UP" : "DOWN"));
        return ResponseEntity.ok(new Health().status("UP").registries(registries));
    }
}
