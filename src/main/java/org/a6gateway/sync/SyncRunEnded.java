package org.a6gateway.sync;

/**
 * Published once a sync run has ended, completed or failed, however it was started (CLI, API,
 * poller, restart): what others who must hear of runs (notifications) listen to.
 */
public record SyncRunEnded(SyncRun run) {
}
