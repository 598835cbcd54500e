package org.a6gateway.outbox;

/**
 * The operations a registry is asked to carry out, as stored in each outbox entry. The names are
 * part of the stored data: entries written by an earlier release are still pushed by their name.
 */
public final class Operations {

    public static final String APPLY_LABEL = "applyLabel";
    public static final String REMOVE_LABEL = "removeLabel";
    public static final String ATTACH_REFERENCE = "attachItmoReference";
    public static final String DETACH_REFERENCE = "removeItmoReference";
    public static final String REGISTER_PAIR = "registerItmoPair";
    public static final String WITHDRAW_PAIR = "withdrawItmoPair";

    private Operations() {
    }
}
