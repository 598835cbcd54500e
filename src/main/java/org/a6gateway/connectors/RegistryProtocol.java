package org.a6gateway.connectors;

import org.a6gateway.registries.Registry;
import org.a6gateway.registries.RegistryRole;
/**
 * An API the gateway speaks to registries of one role: it makes the connector (client, feed and
 * push routes, mapping to the gateway's model) for each registry configured with that protocol.
 */
public interface RegistryProtocol {

    String name();

    RegistryRole role();

    RegistryConnector connect(Registry registry);
}
