package org.a6gateway.authorization;

import java.util.List;
import java.util.Set;
import org.a6gateway.blocks.BlockLabel;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.RetirementUse;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.units.LabelCode;
import org.a6gateway.units.Purpose;

/**
 * Which uses an authorization allows, asked of the labels and retirements a block carries. A
 * label counts whoever applied it (the gateway, the registry, another tool): a label the registry
 * put on by itself names no authorization and is judged by the one covering the block.
 */
public final class AuthorizedUses {

    /** The registry's CORSIA eligibility label: a use under international mitigation purposes. */
    public static final String CORSIA_ELIGIBLE = "CORSIA_ELIGIBLE";

    private AuthorizedUses() {
    }

    /** The label states a use: one of the three Article 6 uses, or CORSIA eligibility. */
    public static boolean statesUse(String code) {
        return CORSIA_ELIGIBLE.equals(code) || LabelCode.AUTHORIZED.stream().anyMatch(c -> c.name().equals(code));
    }

    /** The authorization allows the use the label states (CORSIA under the international mitigation purposes). */
    public static boolean allowsLabel(AuthorizationRecord a, String code) {
        var asked = CORSIA_ELIGIBLE.equals(code) ? LabelCode.A6_AUTHORIZED_IMP.name() : code;
        return a.purposes().stream().anyMatch(p -> LabelCode.forPurpose(p).name().equals(asked));
    }

    /** The block's labels stating a use the authorization does not allow, whoever applied them. */
    public static List<BlockLabel> outsidePurposes(BlockRecord block, AuthorizationRecord a) {
        return block.labels().stream().filter(l -> statesUse(l.code()) && !allowsLabel(a, l.code())).toList();
    }

    /** The block carries an Article 6 label of an allowed use that is this authorization's or names none. */
    public static boolean carriesAllowedLabel(BlockRecord block, AuthorizationRecord a) {
        return block.labels().stream().anyMatch(l -> LabelCode.AUTHORIZED.stream().anyMatch(c -> c.name().equals(l.code()))
                && allowsLabel(a, l.code()) && ownOrUnnamed(l, a));
    }

    /** The label names this authorization, or none (the registry applied it by itself). */
    public static boolean ownOrUnnamed(BlockLabel label, AuthorizationRecord a) {
        return label.authorizationId() == null || label.authorizationId().equals(a.authorizationId());
    }

    /** A retirement for this use is one the authorization allows; claims never are. */
    public static boolean allowsRetirement(AuthorizationRecord a, RetirementUse use) {
        var purposes = a.purposes();
        return switch (use) {
            case NDC -> purposes.contains(Purpose.NDC);
            case CORSIA -> purposes.contains(Purpose.IMP) || purposes.contains(Purpose.OIMP);
            // "other international mitigation purposes" unsaid which: only an authorization for both, or for OIMP itself
            case OIMP -> purposes.contains(Purpose.OIMP) || purposes.containsAll(Set.of(Purpose.IMP, Purpose.OP));
            case VOLUNTARY_CLAIM, UNSPECIFIED -> false;
        };
    }

    /** Retired or cancelled for no use the authorization allows: the tonne is claimed and may not become an ITMO. */
    public static boolean claimedAgainst(BlockRecord block, AuthorizationRecord a) {
        return block.retiredFor().filter(use -> !allowsRetirement(a, use)).isPresent();
    }
}
