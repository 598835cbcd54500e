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

/** The gateway is up when it answers; each registry's reachability is reported beside it. */
@RestController
@RequestMapping("/api/v1")
class HealthController implements HealthApi {

    private final VcmIngest vcm;
    private final NationalIngest national;

    HealthController(VcmIngest vcm, NationalIngest national) {
        this.vcm = vcm;
        this.national = national;
    }

    @Override
    public ResponseEntity<Health> getHealth() {
        var registries = new LinkedHashMap<String, String>();
        Stream.of(vcm.probe(), national.probe())
                .forEach(r -> registries.put(r.registry(), r.up() ? "UP" : "DOWN: " + r.detail()));
        return ResponseEntity.ok(new Health().status("UP").registries(registries));
    }
}
