package org.a6gateway.sync;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.item.ExecutionContext;

/** Where a step keeps what the run records: its own context, or the job's, which every step of the run shares. */
final class RunContexts {

    private RunContexts() {
    }

    static ExecutionContext step(ChunkContext chunk) {
        return chunk.getStepContext().getStepExecution().getExecutionContext();
    }

    static ExecutionContext job(ChunkContext chunk) {
        return chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
    }

    /** The text values whose keys start with {@code prefix}, by the rest of their key. */
    static Map<String, String> prefixed(ExecutionContext context, String prefix) {
        var values = new TreeMap<String, String>();
        context.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .forEach(e -> values.put(e.getKey().substring(prefix.length()), (String) e.getValue()));
        return values;
    }
}
