package org.a6gateway.sync;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.a6gateway.outbox.DeadLetter;
import org.a6gateway.outbox.PushResult;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.stereotype.Component;

/** What a run's delivery steps delivered, dead-lettered and left for later, kept in the job's context. */
@Component
class RunPushes {

    static final String PUSHED = "pushed";
    static final String DEAD_LETTERED = "deadLettered";
    static final String DEFERRED = "deferred";
    private static final String DEAD_LETTERED_COMMANDS = "deadLetteredCommands";
    private static final String DEFERRED_BY_REGISTRY = "deferredByRegistry";
    private static final TypeReference<List<DeadLetter>> DEAD_LETTERS = new TypeReference<>() { };
    private static final TypeReference<Map<String, Integer>> COUNTS = new TypeReference<>() { };

    private final ContextJson json;

    RunPushes(ContextJson json) {
        this.json = json;
    }

    /**
     * Each delivery step adds what it delivered and dead-lettered to the run's. Deferred commands
     * are offered again by the next delivery, so the run's figure is the last one's: what the
     * breakers left for a later run.
     */
    void record(ChunkContext chunk, Map<String, PushResult> byRegistry) {
        var context = RunContexts.job(chunk);
        var all = byRegistry.values().stream().reduce(new PushResult(0, 0, 0), PushResult::plus);
        context.putInt(PUSHED, context.getInt(PUSHED, 0) + all.delivered());
        context.putInt(DEAD_LETTERED, context.getInt(DEAD_LETTERED, 0) + all.deadLettered());
        context.putInt(DEFERRED, all.deferred());
        var deferred = new TreeMap<String, Integer>();
        byRegistry.forEach((registry, push) -> deferred.put(registry, push.deferred()));
        context.putString(DEFERRED_BY_REGISTRY, json.write(deferred));
        var named = new ArrayList<>(deadLetters(context));
        all.deadLetters().stream().limit(Math.max(0, PushResult.NAMED_DEAD_LETTERS - named.size())).forEach(named::add);
        context.putString(DEAD_LETTERED_COMMANDS, json.write(named));
    }

    /** The first dead letters of the run, named with why. */
    List<DeadLetter> deadLetters(ExecutionContext context) {
        return context.containsKey(DEAD_LETTERED_COMMANDS) ? json.read(context.getString(DEAD_LETTERED_COMMANDS), DEAD_LETTERS)
                : List.of();
    }

    /** Registry → the commands its breaker left for later, at the last delivery. */
    Map<String, Integer> deferredByRegistry(ExecutionContext context) {
        return context.containsKey(DEFERRED_BY_REGISTRY) ? json.read(context.getString(DEFERRED_BY_REGISTRY), COUNTS) : Map.of();
    }
}
