package org.a6gateway.connectors;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.a6gateway.registries.ConfiguredRegistries;
import org.a6gateway.registries.Registry;
import org.a6gateway.registries.RegistryNotConfigured;
import org.a6gateway.registries.RegistryRole;
import org.springframework.stereotype.Component;

/** One connector per configured private and national registry, made by the protocol it is configured with, in the order configured. */
@Component
public class Connectors {

    private final List<RegistryConnector> connectors = new ArrayList<>();

    Connectors(ConfiguredRegistries registries, List<RegistryProtocol> protocols) {
        // a publication registry is written by the publication step, not read as a feed
        for (Registry registry : registries.all().stream().filter(r -> r.role() != RegistryRole.PUBLICATION).toList()) {
            var protocol = protocols.stream()
                    .filter(p -> p.role() == registry.role() && p.name().equals(registry.protocol())).findFirst()
                    .orElseThrow(() -> new RegistryNotConfigured("registry " + registry.id() + ": protocol '"
                            + registry.protocol() + "' is not one the gateway speaks to a " + role(registry) + " registry ("
                            + protocols.stream().filter(p -> p.role() == registry.role()).map(RegistryProtocol::name)
                                    .sorted().collect(Collectors.joining(", ")) + ")"));
            connectors.add(protocol.connect(registry));
        }
    }

    private static String role(Registry registry) {
        return registry.role().name().toLowerCase();
    }

    public List<RegistryConnector> all() {
        return List.copyOf(connectors);
    }

    public List<RegistryConnector> privates() {
        return connectors.stream().filter(c -> c.registry().role() == RegistryRole.PRIVATE).toList();
    }

    public RegistryConnector byId(String id) {
        return connectors.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no registry " + id + " is configured"));
    }

    public List<RegistryConnector> nationals() {
        return connectors.stream().filter(c -> c.registry().role() == RegistryRole.NATIONAL).toList();
    }
}
