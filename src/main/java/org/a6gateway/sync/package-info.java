/**
 * The sync run: ingest both registries, then decide over the stored data, then summarise. It is
 * a Spring Batch job, so every run is recorded in the job repository and can be polled.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"units", "ledger", "blocks", "authorization", "itmo", "reconciliation", "vcm", "national", "quarantine", "exports"})
package org.a6gateway.sync;
