package org.a6gateway.sync;

import java.util.List;
import java.util.Map;
import org.a6gateway.feeds.RetryTally;
import org.a6gateway.outbox.DeadLetter;

/**
 * What a run met on the way: attempts retried per registry and phase ({@code ingest}, {@code push}),
 * the first dead letters named with why, the commands each registry's breaker left for later, the
 * registries set aside because they could not be read (registry → why) and the steps the run
 * therefore did not take (step → why).
 */
record RunFaults(Map<String, Map<String, RetryTally>> retried, List<DeadLetter> deadLetteredCommands,
                 Map<String, Integer> deferredByRegistry, Map<String, String> unavailable, Map<String, String> skipped) {
}
