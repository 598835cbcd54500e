/**
 * The exact core: serial numbers of every supported registry, inclusive serial ranges with split,
 * merge and subtraction, exact quantities, Parties, and ITMO identifiers with the explicit pair
 * ITMO block ↔ underlying serial range. Pure Java: nothing outside the JDK, not even a module
 * annotation (UnitsArchitectureTest checks it).
 */
package org.a6gateway.units;
