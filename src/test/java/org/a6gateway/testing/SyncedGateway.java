package org.a6gateway.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.Map;
import org.a6gateway.client.api.SyncApi;
import org.a6gateway.client.model.SyncRun;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;

/**
 * One sync of the built-in simulated registries per application context, started through the
 * API as an operator would. The tests that only read what a first sync of the demo leaves share
 * one context (same {@link #CONTEXT} property, so Spring's test context cache hands them the same
 * one) and whichever runs first syncs it; the others read that run. Nothing in those tests changes
 * what the sync stored (a reconciliation run again finds the same discrepancies; report orders
 * write report files only).
 */
public final class SyncedGateway {

    /** Names the shared context: a test class with exactly this property gets the synced context. */
    public static final String CONTEXT = "a6.test.context=synced-reads";

    /** A loaded machine syncs the demo several times slower than an idle one: the bound only stops a hung run. */
    private static final Duration SYNC_BOUND = Duration.ofMinutes(5);

    private static final Map<ApplicationContext, FirstSync> SYNCED = new IdentityHashMap<>();

    /** The reply to {@code POST /sync-runs} and the run as polled once it ended. */
    public record FirstSync(ResponseEntity<SyncRun> started, SyncRun ended) {

        public long runId() {
            return ended.getRunId();
        }
    }

    private SyncedGateway() {
    }

    public static synchronized FirstSync syncOnce(ApplicationContext context, int port) {
        return SYNCED.computeIfAbsent(context, synced -> sync(synced, port));
    }

    private static FirstSync sync(ApplicationContext context, int port) {
        var sync = new SyncApi(ApiAccess.client(context, port, "OPERATOR"));
        var started = sync.startSyncRunWithHttpInfo();
        long runId = started.getBody().getRunId();
        var ended = await().atMost(SYNC_BOUND).pollInterval(Duration.ofMillis(250)).until(() -> sync.getSyncRun(runId),
                run -> run.getStatus() != SyncRun.StatusEnum.STARTING && run.getStatus() != SyncRun.StatusEnum.STARTED);
        assertThat(ended.getStatus()).as(ended.getError()).isEqualTo(SyncRun.StatusEnum.COMPLETED);
        return new FirstSync(started, ended);
    }
}
