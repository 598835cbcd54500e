package org.a6gateway.connectors;

import org.a6gateway.registries.RegistryRole;

/** A protocol for private registries the gateway reads but cannot write (a public API), under its name. */
public abstract class ReadOnlyProtocol implements RegistryProtocol {

    private final String name;
    protected final ReadOnlyRegistries readOnly;

    protected ReadOnlyProtocol(String name, ReadOnlyRegistries readOnly) {
        this.name = name;
        this.readOnly = readOnly;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public RegistryRole role() {
        return RegistryRole.PRIVATE;
    }
}
