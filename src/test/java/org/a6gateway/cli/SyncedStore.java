package org.a6gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

/**
 * The demo synced once per test JVM by {@code sync --json}, for the command tests that read what
 * a first sync of the demo leaves: whichever asks first syncs it, the others read that store and
 * that run's output. A reader leaves the store's rows as they are: it reads, or syncs it again
 * (which adds no row, as SyncEndToEndIT shows); a test that edits the store works on a copy.
 */
final class SyncedStore {

    /**
     * The store, named once per JVM: on PostgreSQL the name is a schema, which the other test JVM
     * and an earlier suite in the same database must not share.
     */
    static final String DATABASE = "-Pa6.test.database=synced" + UUID.randomUUID().toString().replace("-", "");

    private static CliRun firstSync;

    private SyncedStore() {
    }

    /** The first sync's output, syncing the store if no test did yet. */
    static synchronized CliRun firstSync() {
        if (firstSync == null) {
            var run = CliRun.of("sync", "--json", DATABASE);
            assertThat(run.exitCode()).as(run.err()).isZero();
            firstSync = run;
        }
        return firstSync;
    }

    /** The store's name, as {@code a6.test.database} takes it. */
    static String name() {
        return DATABASE.substring(DATABASE.indexOf('=') + 1);
    }
}
