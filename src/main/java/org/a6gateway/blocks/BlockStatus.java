package org.a6gateway.blocks;

/** Where a block stands in the private registry. */
public enum BlockStatus {
    ISSUED, HELD, RETIRED, CANCELLED, REVOKED
}
