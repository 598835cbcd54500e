package org.a6gateway.publication;

/**
 * Where the corresponding adjustment of authorized units stands: not started until they are first
 * transferred (an ITMO reference), pending until the host reports the adjustment in its BTR, then
 * completed (the "correspondingly adjusted" label).
 */
public enum CaStatus {
    NOT_STARTED,
    PENDING,
    COMPLETED
}
