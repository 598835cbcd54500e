/**
 * Gold Standard's public registry API as a private registry connector that reads and never writes:
 * its credit blocks, paged as the public API pages them, translated into the gateway's blocks and
 * stored under the registry's id. The commands the decisions address to such a registry stay in
 * the outbox, open, for its operator to carry out.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"units", "feeds", "blocks", "quarantine", "registries", "connectors"})
package org.a6gateway.goldstandard;
