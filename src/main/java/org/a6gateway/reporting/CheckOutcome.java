package org.a6gateway.reporting;

import java.util.List;
import org.a6gateway.reporting.PreSubmissionCheck.Failure;

/**
 * How one pre-submission check of a report went, as kept with its report run: enough for an
 * officer to judge the file before opening it ({@code failures}: how many fail it; {@code
 * examples}: the first few, in the file's order). The file itself lists every failure.
 */
public record CheckOutcome(String name, String rule, long failures, List<Failure> examples) {

    /** As many failures as a screen shows at a glance; the rest are in the file. */
    static final int EXAMPLES = 3;

    public CheckOutcome {
        examples = List.copyOf(examples);
    }

    public boolean passed() {
        return failures == 0;
    }

    static CheckOutcome of(PreSubmissionCheck check) {
        var failures = check.failures();
        return new CheckOutcome(check.name(), check.rule(), failures.size(), failures.subList(0, Math.min(EXAMPLES, failures.size())));
    }
}
