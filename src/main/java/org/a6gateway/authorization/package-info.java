/**
 * Authorizations of the national registry (every field of the AEF authorization table) and the
 * rules that decide which private blocks an authorization covers.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"units", "ledger", "jobs", "store", "outbox", "blocks"})
package org.a6gateway.authorization;
