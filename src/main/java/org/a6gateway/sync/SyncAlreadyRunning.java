package org.a6gateway.sync;

/** Two syncs at once would read the same feeds twice over: one waits for the other. */
public class SyncAlreadyRunning extends RuntimeException {

    public SyncAlreadyRunning(long runningId) {
        super("sync run " + runningId + " is still running");
    }
}
