/**
 * The private registry protocol the gateway defined (vcm-registry.yaml): one connector per private
 * registry configured with it, reading its change feed through the generated client, translating
 * blocks into the gateway's model and storing them under the registry's id; pushing label and ITMO
 * reference commands.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"units", "feeds", "store", "outbox", "blocks", "quarantine", "registries", "connectors"})
package org.a6gateway.vcm;
