package org.a6gateway.units;

import java.util.EnumSet;
import java.util.Set;

/** The gateway's label vocabulary; each registry writes them in its own words (LabelVocabulary). */
public enum LabelCode {
    A6_AUTHORIZED_NDC,
    A6_AUTHORIZED_IMP,
    A6_AUTHORIZED_OP,
    A6_CORRESPONDINGLY_ADJUSTED;

    /** The labels that follow an authorization's purposes (not the CA label, which follows the BTR). */
    public static final Set<LabelCode> AUTHORIZED = EnumSet.of(A6_AUTHORIZED_NDC, A6_AUTHORIZED_IMP, A6_AUTHORIZED_OP);

    /**
     * The label for each authorized purpose. OIMP (other international mitigation purposes, not
     * said which) is labelled like IMP, as Verra's "Intl mitigation purposes" label does.
     */
    public static LabelCode forPurpose(Purpose purpose) {
        return switch (purpose) {
            case NDC -> A6_AUTHORIZED_NDC;
            case OIMP, IMP -> A6_AUTHORIZED_IMP;
            case OP -> A6_AUTHORIZED_OP;
        };
    }
}
