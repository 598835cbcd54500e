/**
 * The gateway's HTTP API: controllers implement the interfaces generated from
 * {@code openapi/gateway.yaml} and only translate between its DTOs and the model.
 * It reads ITMOs through {@code itmo}'s public {@link org.a6gateway.itmo.ItmoQueries}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"units", "ledger", "blocks", "authorization", "itmo", "sync", "reconciliation", "reporting", "vcm",
                "national", "quarantine", "exports", "security"})
package org.a6gateway.api;
