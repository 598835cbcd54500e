package org.a6gateway.publication;

/** The private registry's status of published units, in the publication's terms. */
public enum UnitStanding {
    HELD,
    RETIRED,
    CANCELLED
}
