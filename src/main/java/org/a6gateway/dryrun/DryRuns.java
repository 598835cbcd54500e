package org.a6gateway.dryrun;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.a6gateway.jobs.JobFailures;
import org.a6gateway.jobs.JobLeases;
import org.a6gateway.registries.ConfiguredRegistries;
import org.a6gateway.sync.SyncRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

/**
 * Dry runs asked for through the API: one at a time, in the background, beside the server. Each
 * copies the store and the registries as they are ({@link Sandbox}), so none starts while a sync
 * runs (the copy would catch it half done); a sync may start while one goes on, the copies being
 * its own. What each found is kept ({@link DryRunRecords}).
 */
@Service
public class DryRuns implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DryRuns.class);

    private final ConfigurableApplicationContext gateway;
    private final DataSource store;
    private final ConfiguredRegistries registries;
    private final SyncRuns syncs;
    private final JobLeases leases;
    private final DryRunRecords records;
    private final ObjectMapper json;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(DryRuns::thread);

    DryRuns(ConfigurableApplicationContext gateway, DataSource store, ConfiguredRegistries registries, SyncRuns syncs,
            JobLeases leases, DryRunRecords records, ObjectMapper json, Clock clock) {
        this.gateway = gateway;
        this.store = store;
        this.registries = registries;
        this.syncs = syncs;
        this.leases = leases;
        this.records = records;
        this.json = json;
        this.clock = clock;
    }

    /** Starts a dry run and returns at once; poll {@link #find(long)}. */
    public DryRunView start(String requestedBy) {
        syncs.running().ifPresent(run -> {
            throw new DryRunRefused("sync run " + run + " is running: a dry run copies the store between runs; ask again when it"
                    + " has ended");
        });
        if (!running.compareAndSet(false, true)) {
            throw new DryRunRefused("a dry run is going on: one runs at a time; poll it, then ask again");
        }
        long id;
        try {
            id = records.open(requestedBy, leases.instanceId(), clock.instant());
            worker.execute(() -> run(id));
        } catch (RuntimeException e) {
            running.set(false);
            throw e;
        }
        return find(id).orElseThrow();
    }

    public Optional<DryRunView> find(long id) {
        return records.find(id).map(this::alive);
    }

    public List<DryRunReport.Command> commands(long id, long offset, int limit) {
        return records.commands(id, offset, limit);
    }

    private void run(long id) {
        try (var sandbox = Sandbox.of(gateway.getEnvironment(), store, registries.all())) {
            records.complete(id, sandbox.run(new SandboxContexts(application())::start, json), clock.instant());
        } catch (Exception e) {
            log.warn("dry run {} failed: {}", id, e.toString());
            records.fail(id, "the dry run could not finish: " + JobFailures.rootMessage(e), clock.instant());
        } finally {
            running.set(false);
        }
    }

    /** A dry run left RUNNING by an instance that is gone never ends: it reads as failed. */
    private DryRunView alive(DryRunRecords.Row row) {
        var view = row.view();
        if (!view.running() || leases.instanceId().equals(row.instance()) || leases.isLive(row.instance())) {
            return view;
        }
        return view.failed("the gateway instance running it (" + row.instance() + ") stopped before it ended");
    }

    private Class<?> application() {
        return gateway.getBeansWithAnnotation(SpringBootConfiguration.class).values().stream().findFirst()
                .map(ClassUtils::getUserClass)
                .orElseThrow(() -> new IllegalStateException("no @SpringBootConfiguration in the gateway's context"));
    }

    /**
     * The thread that starts the dry run's context loads its classes as the gateway's did: the web
     * server's request threads carry a class loader of their own, which it would otherwise inherit.
     */
    private static Thread thread(Runnable work) {
        var thread = new Thread(work, "dry-run");
        thread.setContextClassLoader(DryRuns.class.getClassLoader());
        return thread;
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
