package org.a6gateway.registries;

import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The registries this gateway talks to, as configured ({@link RegistrySettings}). A blank URL was
 * refused before the context started, unless the demo was switched off ({@code
 * a6.simulator.enabled=false} with the shorthand): such a context talks to no registry.
 */
@Component
public class ConfiguredRegistries {

    private final List<Registry> registries;

    @Autowired
    ConfiguredRegistries(Environment environment) {
        this.registries = RegistrySettings.read(Binder.get(environment));
    }

    public ConfiguredRegistries(List<Registry> registries) {
        this.registries = List.copyOf(registries);
    }

    public List<Registry> all() {
        return registries;
    }

    public List<Registry> privates() {
        return registries.stream().filter(r -> r.role() == RegistryRole.PRIVATE).toList();
    }

    /**
     * The national registries, one per host Party the gateway serves: each publishes its Party's
     * authorizations, and the ITMO pairs of an authorization are registered and withdrawn where it
     * was published.
     */
    public List<Registry> nationals() {
        return registries.stream().filter(r -> r.role() == RegistryRole.NATIONAL).toList();
    }

    /** The registries the gateway publishes its decisions to (and reads back), none by default. */
    public List<Registry> publications() {
        return registries.stream().filter(r -> r.role() == RegistryRole.PUBLICATION).toList();
    }
}
