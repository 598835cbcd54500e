package org.a6gateway.nationalrecords;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.a6gateway.jobs.DecisionChanges;
import org.a6gateway.store.StoreResult;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The only way in and out of the stored authorizations. */
@Service
public class AuthorizationStore {

    private final Authorizations authorizations;
    private final Clock clock;
    private final EntityManager entityManager;
    private final DecisionChanges changes;
    private volatile ReadAll lastRead;

    AuthorizationStore(Authorizations authorizations, Clock clock, EntityManager entityManager, DecisionChanges changes) {
        this.authorizations = authorizations;
        this.clock = clock;
        this.entityManager = entityManager;
        this.changes = changes;
    }

    /**
     * Stores a page of authorizations; only a higher version replaces what we hold. Those stored or
     * changed are noted for the decisions, and the projects a changed one covered before.
     */
    @Transactional
    public StoreResult store(String sourceRegistry, List<AuthorizationRecord> page) {
        Map<String, Authorization> known = authorizations
                .findByAuthorizationIdIn(page.stream().map(AuthorizationRecord::authorizationId).distinct().toList())
                .stream().filter(a -> a.sourceRegistry().equals(sourceRegistry))
                .collect(Collectors.toMap(Authorization::authorizationId, Function.identity()));
        var result = StoreResult.NONE;
        var touched = new ArrayList<String>();
        var coveredBefore = new ArrayList<DecisionChanges.ChangedProject>();
        for (AuthorizationRecord incoming : page) {
            var stored = known.computeIfAbsent(incoming.authorizationId(),
                    id -> new Authorization(sourceRegistry, id));
            if (stored.isStored() && stored.isOlderThan(incoming)) {
                stored.toRecord().coveredActivities().stream().distinct().forEach(a -> coveredBefore.add(
                        new DecisionChanges.ChangedProject(a.registry(), a.projectId(), a.hostCountry())));
            }
            var one = storeOne(stored, incoming);
            if (one.unchanged() == 0) {
                touched.add(incoming.authorizationId());
            }
            result = result.plus(one);
        }
        changes.authorizationsChanged(touched);
        // what a new version no longer covers is named by nothing else: the blocks there are judged again
        changes.projectsChanged(coveredBefore);
        return result;
    }

    /** Of these ids, those another registry published, with that registry. */
    @Transactional(readOnly = true)
    public Map<String, String> publishedElsewhere(String sourceRegistry, List<String> ids) {
        return authorizations.findByAuthorizationIdIn(ids).stream()
                .filter(a -> !a.sourceRegistry().equals(sourceRegistry))
                .collect(Collectors.toMap(Authorization::authorizationId, Authorization::sourceRegistry, (a, b) -> a));
    }

    private StoreResult storeOne(Authorization stored, AuthorizationRecord incoming) {
        if (!stored.isOlderThan(incoming)) {
            return new StoreResult(0, 0, 1);
        }
        boolean isNew = !stored.isStored();
        stored.takeStateOf(incoming, clock.instant());
        authorizations.save(stored);
        return isNew ? new StoreResult(1, 0, 0) : new StoreResult(0, 1, 0);
    }

    /**
     * In the order they were first stored, so decisions enqueue their commands in a stable order.
     * Every step of a sync asks for them all; read once, the list is given again while the table
     * still has as many rows and the same sum of versions (a change always raises a version, and
     * none is deleted), which one aggregate query tells, whichever process changed them.
     */
    @Transactional(readOnly = true)
    public List<AuthorizationRecord> all() {
        var now = entityManager.createQuery("select count(a), coalesce(sum(a.version), 0) from Authorization a", Object[].class)
                .getSingleResult();
        long count = ((Number) now[0]).longValue();
        long versions = ((Number) now[1]).longValue();
        var last = lastRead;
        if (last != null && last.count() == count && last.versions() == versions) {
            return last.all();
        }
        // Records only; the entities leave the persistence context (see BlockStore#detached).
        var all = authorizations.findAll(Sort.by("id")).stream().map(this::detached).toList();
        lastRead = new ReadAll(count, versions, all);
        return all;
    }

    /** The authorizations as last read in full, and the row count and version sum they were read at. */
    private record ReadAll(long count, long versions, List<AuthorizationRecord> all) {
    }

    private AuthorizationRecord detached(Authorization authorization) {
        var record = authorization.toRecord();
        entityManager.detach(authorization);
        return record;
    }

    /** One page of the authorizations of a Party and status (either may be null: any), in the order first stored. */
    @Transactional(readOnly = true)
    public Page<AuthorizationRecord> page(String party, AuthorizationStatus status, int page, int size) {
        return authorizations.findByPartyAndStatus(party, status, PageRequest.of(page, size, Sort.by("id"))).map(this::detached);
    }

    @Transactional(readOnly = true)
    public Optional<AuthorizationRecord> find(String authorizationId) {
        return authorizations.findFirstByAuthorizationId(authorizationId).map(this::detached);
    }

    @Transactional(readOnly = true)
    public Map<String, AuthorizationRecord> byId() {
        return all().stream().collect(Collectors.toMap(AuthorizationRecord::authorizationId, Function.identity()));
    }

    public long count() {
        return authorizations.count();
    }
}
