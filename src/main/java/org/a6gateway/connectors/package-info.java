/**
 * The connector of each configured registry: its ingest, its push and its health probe, made by
 * the protocol it is configured with (a protocol module implements {@link
 * org.a6gateway.connectors.RegistryProtocol}). The sync and the API work through connectors, never
 * through a protocol module. Also what protocols share: the feed of a registry that publishes its
 * blocks as a list ({@link org.a6gateway.connectors.WholeListFeed}) and the push of one the gateway
 * cannot write ({@link org.a6gateway.connectors.ReadOnlyPush}).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"units", "registries", "feeds", "store", "outbox", "blocks", "quarantine"})
package org.a6gateway.connectors;
