package org.a6gateway.sync;

import java.util.Map;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.item.ExecutionContext;

/**
 * What a run set aside, kept in its context: the registries it could not read past their retries
 * ({@link RegistryOutages}), each with why, and the steps it therefore did not take.
 */
final class SetAside {

    static final String UNAVAILABLE_PREFIX = "unavailable.";
    private static final String SKIPPED_PREFIX = "skipped.";

    private SetAside() {
    }

    /** A private registry's partition keeps it in its own context: {@link PartitionResults} moves it into the job's. */
    static void markPartitionUnavailable(ChunkContext chunk, String registry, String reason) {
        RunContexts.step(chunk).putString(UNAVAILABLE_PREFIX + registry, reason);
    }

    /** A registry that could not be read past its retries: set aside for the rest of the run, with why. */
    static void markUnavailable(ChunkContext chunk, String registry, String reason) {
        RunContexts.job(chunk).putString(UNAVAILABLE_PREFIX + registry, reason);
    }

    static boolean isUnavailable(ChunkContext chunk, String registry) {
        return isUnavailable(RunContexts.job(chunk), registry);
    }

    static boolean isUnavailable(ExecutionContext jobContext, String registry) {
        return jobContext.containsKey(UNAVAILABLE_PREFIX + registry);
    }

    /** Registry → why it was set aside, for the registries this run could not read. */
    static Map<String, String> unavailable(ExecutionContext jobContext) {
        return RunContexts.prefixed(jobContext, UNAVAILABLE_PREFIX);
    }

    /** A step the run did not take, and why. */
    static void markSkipped(ExecutionContext jobContext, String step, String why) {
        jobContext.putString(SKIPPED_PREFIX + step, why);
    }

    /** Step → why the run did not take it. */
    static Map<String, String> skipped(ExecutionContext jobContext) {
        return RunContexts.prefixed(jobContext, SKIPPED_PREFIX);
    }
}
