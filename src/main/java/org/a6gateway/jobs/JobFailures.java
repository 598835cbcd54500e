package org.a6gateway.jobs;

import java.util.Optional;
import org.springframework.batch.core.JobExecution;

/**
 * Why a job run failed, for whoever polls it. The exceptions live only in the JVM that ran the
 * job; read back from the job repository, what is left is the failed step's exit description,
 * whose first line names the exception and its message.
 */
public final class JobFailures {

    private JobFailures() {
    }

    /** The first failure's root message while this JVM holds it, else the failed step's recorded reason. */
    public static String of(JobExecution execution) {
        var failures = execution.getAllFailureExceptions();
        return failures.isEmpty() ? recorded(execution).orElse(null) : rootMessage(failures.get(0));
    }

    /** The root cause's message, or its kind when it has none. */
    public static String rootMessage(Throwable failure) {
        var root = root(failure);
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** The innermost cause: what went wrong, under the layers that passed it on. */
    public static Throwable root(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** "java.lang.IllegalStateException: the disk is full\n\tat …" → "the disk is full". */
    public static Optional<String> recorded(JobExecution execution) {
        return execution.getStepExecutions().stream().map(step -> step.getExitStatus().getExitDescription())
                .filter(d -> d != null && !d.isBlank()).findFirst()
                .map(d -> d.lines().findFirst().orElse(d).replaceFirst("^[\\w.$]+(Exception|Error): ", ""));
    }
}
