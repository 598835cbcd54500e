package org.a6gateway.outbox;

/**
 * What a command does, as the approval rules name it ({@code a6.approvals.required}): a label
 * other than the adjustment's, the "correspondingly adjusted" label applied (a statement the
 * government reports to the UNFCCC), an ITMO reference attached or removed, an ITMO pair
 * registered at the national registry (ITMOs issued), or a pair withdrawn.
 */
public enum CommandKind {
    LABEL, CA_FLAG, ITMO_REFERENCE, ITMO_PAIR, ITMO_WITHDRAWAL;

    /** The kind of a command of this operation, the adjustment's label aside (its decider names it). */
    public static CommandKind of(String operation) {
        return switch (operation) {
            case Operations.ATTACH_REFERENCE, Operations.DETACH_REFERENCE -> ITMO_REFERENCE;
            case Operations.REGISTER_PAIR -> ITMO_PAIR;
            case Operations.WITHDRAW_PAIR -> ITMO_WITHDRAWAL;
            default -> LABEL;
        };
    }
}
