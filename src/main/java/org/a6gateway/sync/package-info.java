/**
 * The sync run: ingest every registry through its connector, then decide over the stored data, then summarise. It is
 * a Spring Batch job, so every run is recorded in the job repository and can be polled.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"units", "ledger", "jobs", "feeds", "outbox", "blocks", "authorization", "itmo",
                "quarantine", "exports", "reconciliation", "connectors", "nationalrecords", "publication"})
package org.a6gateway.sync;
