package org.a6gateway.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.a6gateway.blocks.BlockStore;
import org.a6gateway.client.api.SyncApi;
import org.a6gateway.client.model.SyncRun;
import org.springframework.context.ApplicationContext;

/**
 * One sync of the built-in simulated registries per application context, started through the
 * API as an operator would. A sync takes about ten seconds, so the read-only API tests share one
 * context (same {@link #CONTEXT} property, so Spring's test context cache hands them the same one)
 * and whichever runs first syncs it. Nothing in those tests changes what the sync stored.
 */
public final class SyncedGateway {

    /** Names the shared context: a test class with exactly this property gets the synced context. */
    public static final String CONTEXT = "a6.test.context=synced-reads";

    private SyncedGateway() {
    }

    public static synchronized void syncOnce(ApplicationContext context, int port) {
        if (context.getBean(BlockStore.class).count() > 0) {
            return;
        }
        var sync = new SyncApi(ApiAccess.client(context, port, "OPERATOR"));
        long runId = sync.startSyncRun().getRunId();
        var done = await().atMost(Duration.ofSeconds(90)).until(() -> sync.getSyncRun(runId),
                run -> run.getStatus() != SyncRun.StatusEnum.STARTING && run.getStatus() != SyncRun.StatusEnum.STARTED);
        assertThat(done.getStatus()).as(done.getError()).isEqualTo(SyncRun.StatusEnum.COMPLETED);
    }
}
