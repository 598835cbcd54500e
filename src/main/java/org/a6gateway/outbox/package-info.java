/**
 * Commands for the registries as records: written in the transaction that decided them, pushed
 * by Camel routes with retries and a circuit breaker per registry, dead-lettered when refused or
 * out of retries, and entered in the ledger once delivered.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"ledger", "jobs", "feeds"})
package org.a6gateway.outbox;
