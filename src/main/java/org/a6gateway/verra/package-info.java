/**
 * Verra's registry search API as a private registry connector that reads and never writes: the
 * VCU holdings its search returns, paged as it pages them, translated into the gateway's blocks
 * and stored under the registry's id. The commands the decisions address to such a registry stay
 * in the outbox, open, for its operator to carry out.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"units", "feeds", "blocks", "quarantine", "registries", "connectors"})
package org.a6gateway.verra;
