package org.a6gateway.units;

/**
 * Authorized use. {@code OIMP} is what the AEF reports when a letter authorizes "other
 * international mitigation purposes" without saying whether they are IMP (e.g. CORSIA) or OP.
 */
public enum Purpose {
    NDC, OIMP, IMP, OP
}
