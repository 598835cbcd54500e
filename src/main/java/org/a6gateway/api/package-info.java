/**
 * The gateway's HTTP API: controllers implement the interfaces generated from
 * {@code openapi/gateway.yaml} and only translate between its DTOs and the model.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"units", "ledger", "blocks", "authorization", "sync", "reconciliation", "reporting", "vcm", "national"})
package org.a6gateway.api;
