package org.a6gateway.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.a6gateway.registries.Registry;
import org.a6gateway.registries.RegistryRole;

/**
 * Copies of the registries the gateway writes to, for a dry run: each registry of the gateway's
 * own contracts is read whole ({@link RegistrySnapshot}, GETs only) and served from memory on a
 * free port, where it takes writes and answers read-backs as the registry would, and the registry
 * itself hears nothing more. Registries the gateway only reads are left as they are; publication
 * registries are left out (a dry run publishes nothing), and {@link #notSimulated()} says so.
 */
public final class RegistrySandbox implements AutoCloseable {

    private final RegistrySimulators copies;
    private final List<Registry> registries;
    private final Map<String, String> notSimulated;

    private RegistrySandbox(RegistrySimulators copies, List<Registry> registries, Map<String, String> notSimulated) {
        this.copies = copies;
        this.registries = registries;
        this.notSimulated = notSimulated;
    }

    public static RegistrySandbox of(List<Registry> configured) {
        var snapshot = new RegistrySnapshot();
        var blocks = new LinkedHashMap<String, List<ObjectNode>>();
        var changes = new LinkedHashMap<String, List<ObjectNode>>();
        var notSimulated = new LinkedHashMap<String, String>();
        for (var registry : configured) {
            if (registry.role() == RegistryRole.PUBLICATION) {
                notSimulated.put(registry.id(), "a publication registry: a dry run publishes nothing and reads nothing back from it");
            } else if (Registry.A6_V2.equals(registry.protocol()) && registry.role() == RegistryRole.PRIVATE) {
                blocks.put(registry.id(), snapshot.blocks(registry));
            } else if (Registry.A6_V2.equals(registry.protocol()) && registry.role() == RegistryRole.NATIONAL) {
                changes.put(registry.id(), snapshot.changes(registry));
            }
        }
        var copies = RegistrySimulators.serving(blocks, changes);
        var urls = new LinkedHashMap<String, String>(copies.privateBaseUrls());
        urls.putAll(copies.nationalBaseUrls());
        var sandboxed = new ArrayList<Registry>();
        for (var registry : configured) {
            if (registry.role() != RegistryRole.PUBLICATION) {
                sandboxed.add(urls.containsKey(registry.id()) ? copyAt(registry, urls.get(registry.id())) : registry);
            }
        }
        return new RegistrySandbox(copies, List.copyOf(sandboxed), notSimulated);
    }

    /** The registries as the dry run's gateway is to see them: the copies in place of the originals. */
    public List<Registry> registries() {
        return registries;
    }

    /** Registries the dry run leaves out, and why. */
    public Map<String, String> notSimulated() {
        return Map.copyOf(notSimulated);
    }

    /** A copy asks for no credentials: the original's stay with the original. */
    private static Registry copyAt(Registry original, String url) {
        return new Registry(original.id(), original.role(), original.protocol(), url, original.pageSize(), null, null);
    }

    @Override
    public void close() {
        copies.close();
    }
}
