package org.a6gateway.simulator;

/** A registry kept in memory that answers the operations of its OpenAPI contract. */
interface SimulatedRegistry {

    /** The transformer name its stub mappings use, e.g. {@code vcm-registry}. */
    String name();

    Answer answer(Call call);
}
