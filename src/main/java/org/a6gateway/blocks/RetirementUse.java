package org.a6gateway.blocks;

/**
 * What units were retired or cancelled for. Only a use an authorization allows can make such
 * units ITMOs; {@link #VOLUNTARY_CLAIM} and {@link #UNSPECIFIED} are claims: the tonne is spent on
 * someone's own account and may never be counted again (double claiming).
 */
public enum RetirementUse {
    NDC,
    CORSIA,
    OIMP,
    VOLUNTARY_CLAIM,
    UNSPECIFIED;

    /** A retirement that states no use, or a voluntary one, is a claim. */
    public boolean isClaim() {
        return this == VOLUNTARY_CLAIM || this == UNSPECIFIED;
    }
}
