package org.a6gateway.authorization;

import org.a6gateway.nationalrecords.AuthorizationRecord;

/** The authorization behind a block, or why there is none. */
public record BlockMatch(AuthorizationRecord authorization, UnmatchedReason reason) {

    static BlockMatch matched(AuthorizationRecord authorization) {
        return new BlockMatch(authorization, null);
    }

    static BlockMatch unmatched(UnmatchedReason reason) {
        return new BlockMatch(null, reason);
    }

    public boolean isMatched() {
        return authorization != null;
    }
}
