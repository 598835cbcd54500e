/**
 * The label decisions: which private blocks each authorization of the national registry covers,
 * which Article 6 labels they must carry, and the label commands that follow, enqueued in
 * {@code outbox} for the registries holding the blocks.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"units", "ledger", "jobs", "store", "outbox", "blocks", "nationalrecords"})
package org.a6gateway.authorization;
