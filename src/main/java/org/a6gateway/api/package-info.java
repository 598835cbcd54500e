/**
 * The gateway's HTTP API: controllers implement the interfaces generated from
 * {@code openapi/gateway.yaml} and only translate between its DTOs and the model.
 * It reads ITMOs through {@code itmo}'s public {@link org.a6gateway.itmo.ItmoQueries}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"units", "ledger", "jobs", "feeds", "outbox", "blocks", "authorization", "itmo",
                "exports", "reporting", "reconciliation", "connectors", "sync", "security", "nationalrecords", "quarantine",
                "requests", "publication", "notifications", "dryrun"})
package org.a6gateway.api;
