package org.a6gateway.reporting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.a6gateway.reporting.PreSubmissionCheck.Failure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The checks of each report job, kept in the job's own transaction when its file is written, so
 * that a poll or the list of reports shows them later without opening the file.
 */
@Repository
class ReportChecks {

    private static final int PLACE = 500;
    private static final int DETAIL = 1000;

    private final JdbcClient jdbc;

    ReportChecks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void keep(long jobExecution, List<PreSubmissionCheck> checks) {
        for (int c = 0; c < checks.size(); c++) {
            var outcome = CheckOutcome.of(checks.get(c));
            jdbc.sql("INSERT INTO report_check (job_execution_id, check_no, check_name, check_rule, failures) VALUES (?, ?, ?, ?, ?)")
                    .params(jobExecution, c, clip(outcome.name(), PLACE), clip(outcome.rule(), PLACE), outcome.failures()).update();
            for (int e = 0; e < outcome.examples().size(); e++) {
                var failure = outcome.examples().get(e);
                jdbc.sql("INSERT INTO report_check_example (job_execution_id, check_no, example_no, place, detail) VALUES (?, ?, ?, ?, ?)")
                        .params(jobExecution, c, e, clip(failure.where(), PLACE), clip(failure.detail(), DETAIL)).update();
            }
        }
    }

    /** The checks of each of these job executions that kept any, in the order the report ran them. */
    Map<Long, List<CheckOutcome>> of(Collection<Long> jobExecutions) {
        if (jobExecutions.isEmpty()) {
            return Map.of();
        }
        var examples = examples(jobExecutions);
        var result = new HashMap<Long, List<CheckOutcome>>();
        jdbc.sql("SELECT job_execution_id, check_no, check_name, check_rule, failures FROM report_check"
                        + " WHERE job_execution_id IN (:ids) ORDER BY job_execution_id, check_no")
                .param("ids", jobExecutions)
                .query(rs -> {
                    long id = rs.getLong(1);
                    var shown = examples.getOrDefault(new Check(id, rs.getInt(2)), List.of());
                    result.computeIfAbsent(id, i -> new ArrayList<>())
                            .add(new CheckOutcome(rs.getString(3), rs.getString(4), rs.getLong(5), shown));
                });
        return result;
    }

    private record Check(long jobExecution, int number) {
    }

    private Map<Check, List<Failure>> examples(Collection<Long> jobExecutions) {
        var examples = new HashMap<Check, List<Failure>>();
        jdbc.sql("SELECT job_execution_id, check_no, place, detail FROM report_check_example"
                        + " WHERE job_execution_id IN (:ids) ORDER BY job_execution_id, check_no, example_no")
                .param("ids", jobExecutions)
                .query(rs -> {
                    examples.computeIfAbsent(new Check(rs.getLong(1), rs.getInt(2)), k -> new ArrayList<>())
                            .add(new Failure(rs.getString(3), rs.getString(4)));
                });
        return examples;
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
