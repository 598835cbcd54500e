/**
 * Commands for the registries as records ({@code LabelCommand}, {@code ItmoCommands}, each under an
 * {@code Operations} name): written in the transaction that decided them, pushed
 * by Camel routes with retries and a circuit breaker per registry, dead-lettered when refused or
 * out of retries, and entered in the ledger once delivered.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"units", "ledger", "jobs", "feeds", "store"})
package org.a6gateway.outbox;
