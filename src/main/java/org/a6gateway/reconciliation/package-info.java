/**
 * Reconciliation: every disagreement between the private registry, the national registry and the
 * gateway's own ledger, typed and explained. The {@link org.a6gateway.reconciliation.Reconciler}
 * is pure: one sort-merge sweep over both sides' records by (registry, issuance, serial); the job
 * around it reads the store, keeps each run's discrepancies and compares them with the run before.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"units", "ledger", "jobs", "store", "outbox", "blocks", "authorization", "itmo", "exports",
                "reporting", "nationalrecords"})
package org.a6gateway.reconciliation;
