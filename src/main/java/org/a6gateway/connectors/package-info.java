/**
 * The connector of each configured registry: its ingest, its push and its health probe, made by
 * the protocol it is configured with (a protocol module implements {@link
 * org.a6gateway.connectors.RegistryProtocol}). The sync and the API work through connectors, never
 * through a protocol module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"registries", "feeds", "outbox"})
package org.a6gateway.connectors;
