/**
 * What the gateway has seen and done: where it stands in each registry's change feed (later:
 * ledger events, the outbox and its push routes).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"units"})
package org.a6gateway.ledger;
