package org.a6gateway.reconciliation;

import java.time.Instant;

/** A person's mark on a discrepancy: under review, or an objection raised, with why and by whom. */
public record ReviewMark(Kind mark, String comment, String markedBy, Instant markedAt) {

    public enum Kind {
        UNDER_REVIEW, OBJECTION_RAISED
    }
}
