/**
 * The ledger: the append-only record of every change the gateway made on a registry, each event
 * chained to the one before by its hash, so that an edit of history shows ({@code ledger verify}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.a6gateway.ledger;
