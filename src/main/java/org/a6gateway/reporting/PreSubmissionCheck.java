package org.a6gateway.reporting;

import java.util.List;

/**
 * One consistency check of the kind the UNFCCC platform runs before a submission, and the rows
 * that fail it ({@code where}: the row and year, or the units; {@code detail}: what is wrong).
 */
public record PreSubmissionCheck(String name, String rule, List<Failure> failures) {

    public record Failure(String where, String detail) {
    }

    public PreSubmissionCheck {
        failures = List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }
}
