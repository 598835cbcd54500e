package org.a6gateway.api;

import java.util.LinkedHashMap;
import java.util.stream.Stream;
import org.a6gateway.api.generated.HealthApi;
import org.a6gateway.api.generated.model.Health;
import org.a6gateway.national.NationalIngest;
import org.a6gateway.vcm.VcmIngest;
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

    private final VcmIngest vcm;
    private final NationalIngest national;
    private final RegistryProbes probes;

    HealthController(VcmIngest vcm, NationalIngest national, RegistryProbes probes) {
        this.vcm = vcm;
        this.national = national;
        this.probes = probes;
    }

    @Override
    public ResponseEntity<Health> getHealth() {
        var registries = new LinkedHashMap<String, String>();
        Stream.of(probes.of(vcm), probes.of(national)).forEach(r -> registries.put(r.registry(), r.up() ? "UP" : "DOWN"));
        return ResponseEntity.ok(new Health().status("UP").registries(registries));
    }
}
