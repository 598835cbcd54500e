/**
 * The national Article 6.2 registry protocol the gateway defined (itmo-registry.yaml): reads its change feed (authorizations, actions,
 * corresponding adjustments, ITMO pairs) through the generated client, and pushes the ITMO pair
 * registrations the jobs decided.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"units", "store", "feeds", "outbox", "quarantine", "registries", "connectors",
                "nationalrecords"})
package org.a6gateway.national;
