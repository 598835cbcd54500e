/**
 * The Climate Action Data Trust (CADT, data model v1) as a publication registry: the gateway's
 * decisions on authorized private units published as CADT projects and units of the node's home
 * organization, staged and committed, read back to compare. CADT's enumerations (countries,
 * statuses, label types) are its pick list's, read from the node.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"units", "registries", "publication", "connectors", "feeds"})
package org.a6gateway.cadt;
