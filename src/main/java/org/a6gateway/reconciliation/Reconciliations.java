package org.a6gateway.reconciliation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.a6gateway.jobs.DecisionChanges;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the reconciler over the store and keeps what it found, compared with the run before:
 * new, persisting (found again, first seen in an earlier run) and resolved (gone since).
 */
@Service
public class Reconciliations {

    private final SnapshotReader snapshots;
    private final DiscrepancyStore store;
    private final ExportLabelChecks exportLabels;
    private final Reconciler reconciler = new Reconciler();
    private final ReconciledScopes scopes;
    private final SweptScopes swept;
    private final DecisionChanges decisionChanges;
    private final ObjectProvider<PublishedFindings> published;
    private final Clock clock;
    /** The latest run's counts per type, so that a metrics scrape costs no query; null until first needed. */
    private volatile Map<String, Long> latestCounts;

    Reconciliations(SnapshotReader snapshots, DiscrepancyStore store, ExportLabelChecks exportLabels,
                    ReconciledScopes scopes, SweptScopes swept, DecisionChanges decisionChanges,
                    ObjectProvider<PublishedFindings> published, Clock clock) {
        this.published = published;
        this.snapshots = snapshots;
        this.scopes = scopes;
        this.swept = swept;
        this.decisionChanges = decisionChanges;
        this.store = store;
        this.exportLabels = exportLabels;
        this.clock = clock;
    }

    /** Compares everything: the reconcile job's run, which an operator starts to be sure. */
    @Transactional
    public ReconciliationRun reconcile(Long jobExecutionId) {
        return reconcile(jobExecutionId, false);
    }

    /**
     * A sync's run: once one has completed, it compares again only the scopes whose blocks or
     * national records changed since, and those with findings ({@link SweptScopes}); the others
     * found nothing and would find nothing again. A scope is one issuance, or a whole registry that
     * numbers across issuances (Verra), which any change there sweeps whole.
     */
    @Transactional
    public ReconciliationRun reconcileChanges(Long jobExecutionId) {
        return reconcile(jobExecutionId, true);
    }

    private ReconciliationRun reconcile(Long jobExecutionId, boolean scoped) {
        var started = clock.instant();
        var snapshot = snapshots.read();
        var national = reconciler.national(snapshot);
        var digests = reconciler.digests(snapshot, national);
        var digested = scopes.digests();
        var previous = store.latestRun();
        // one read of the run before gives both its keys and what this run no longer finds
        var current = previous.map(run -> store.current(run.id())).orElse(List.of());
        var changes = scoped ? decisionChanges.scope(DecisionChanges.RECONCILIATION) : null;
        List<Discrepancy> compared;
        Integer scopesCompared = null;
        if (changes == null || changes.everything() || previous.isEmpty()) {
            compared = reconciler.reconcile(snapshot, national, scope -> true);
        } else {
            var plan = swept.of(reconciler, changes, ReconciledScopes.differing(digested, digests),
                    current.stream().map(StoredDiscrepancy::discrepancy).toList(), snapshot.authorizations());
            compared = reconciler.reconcile(snapshot.withBlocks(plan.blocks()), national, plan.scopes()::contains);
            scopesCompared = plan.scopes().size();
        }
        var found = new ArrayList<>(compared);
        found.addAll(exportLabels.check());
        published.orderedStream().forEach(findings -> found.addAll(findings.latest()));
        scopes.replace(digested, digests);
        if (changes != null) {
            decisionChanges.decided(changes);
        }
        var before = new HashMap<String, Long>();
        current.forEach(d -> before.put(d.key(), d.firstSeenRun()));
        var now = new LinkedHashMap<String, Discrepancy>();
        found.forEach(d -> now.putIfAbsent(d.key(), d));
        int added = (int) now.keySet().stream().filter(k -> !before.containsKey(k)).count();
        var resolved = current.stream().filter(d -> !now.containsKey(d.key())).toList();
        long runId = store.insertRun(jobExecutionId, started, clock.instant(), now.size(), added, now.size() - added,
                resolved.size(), scopesCompared);
        var rows = new ArrayList<StoredDiscrepancy>(now.size() + resolved.size());
        now.forEach((key, d) -> rows.add(before.containsKey(key)
                ? new StoredDiscrepancy(key, runId, Change.PERSISTING, before.get(key), d)
                : new StoredDiscrepancy(key, runId, Change.NEW, runId, d)));
        resolved.forEach(d -> rows.add(new StoredDiscrepancy(d.key(), runId, Change.RESOLVED, d.firstSeenRun(), d.discrepancy())));
        store.insert(rows);
        var run = store.run(runId).orElseThrow();
        latestCounts = run.byType();
        return run;
    }

    @Transactional(readOnly = true)
    public Optional<ReconciliationRun> latest() {
        return store.latestRun();
    }

    /**
     * Discrepancies per type of the latest run, read once and then kept up to date by the runs of
     * this process (a run by another process shows at its next start).
     */
    public Map<String, Long> latestCounts() {
        var counts = latestCounts;
        if (counts == null) {
            counts = latest().map(ReconciliationRun::byType).orElse(Map.of());
            latestCounts = counts;
        }
        return counts;
    }

    @Transactional(readOnly = true)
    public Optional<ReconciliationRun> run(long id) {
        return store.run(id);
    }

    /** A page of the latest run's discrepancies, in report order. */
    @Transactional(readOnly = true)
    public Page list(DiscrepancyFilter filter, long offset, int limit) {
        return latest().map(run -> new Page(run.id(), store.count(run.id(), filter), store.list(run.id(), filter, offset, limit)))
                .orElse(new Page(null, 0, List.of()));
    }

    @Transactional(readOnly = true)
    public Optional<StoredDiscrepancy> find(String key) {
        return latest().flatMap(run -> store.find(run.id(), key));
    }

    /**
     * What the reconciliation of one sync run found for the first time, of one severity: the first
     * {@code limit} in report order, and how many in all. Empty when that run did not reconcile.
     */
    @Transactional(readOnly = true)
    public Page newlyFound(long jobExecutionId, Severity severity, int limit) {
        var filter = new DiscrepancyFilter(null, severity, null, Change.NEW);
        return store.runOfJob(jobExecutionId)
                .map(run -> new Page(run, store.count(run, filter), store.list(run, filter, 0, limit)))
                .orElse(new Page(null, 0, List.of()));
    }

    /** Where an export reads its discrepancies from: {@link #forEach}, or the same seen through a filter. */
    @FunctionalInterface
    public interface Rows {
        void forEach(DiscrepancyFilter filter, Consumer<StoredDiscrepancy> action);
    }

    /** Every discrepancy of the latest run the filter keeps, streamed in report order (for exports). */
    @Transactional(readOnly = true)
    public void forEach(DiscrepancyFilter filter, Consumer<StoredDiscrepancy> action) {
        latest().ifPresent(run -> store.forEach(run.id(), filter, action));
    }

    /** {@code runId} is null before the first reconciliation. */
    public record Page(Long runId, long total, List<StoredDiscrepancy> items) {
    }
}
