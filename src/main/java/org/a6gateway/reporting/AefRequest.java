package org.a6gateway.reporting;

import java.time.LocalDate;
import org.a6gateway.units.Party;

/** One Party's annual information: the calendar year the actions happened in, and its NDC period. */
public record AefRequest(Party party, int reportedYear, LocalDate submissionDate, int ndcFirstYear, int ndcLastYear) {

    public AefRequest {
        if (ndcFirstYear > ndcLastYear) {
            throw new IllegalArgumentException("NDC period " + ndcFirstYear + "-" + ndcLastYear + " runs backwards");
        }
    }
}
