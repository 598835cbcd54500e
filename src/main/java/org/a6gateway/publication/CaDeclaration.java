package org.a6gateway.publication;

/**
 * Whether the host Party committed to a corresponding adjustment for the units: committed once
 * they are authorized under Article 6; not required for units published before whose
 * authorization no longer covers them.
 */
public enum CaDeclaration {
    COMMITTED,
    NOT_REQUIRED
}
