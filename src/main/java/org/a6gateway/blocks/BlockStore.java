package org.a6gateway.blocks;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.a6gateway.jobs.DecisionChanges;
import org.a6gateway.store.AnyOf;
import org.a6gateway.store.HoldingUnits;
import org.a6gateway.store.StoreResult;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The way in and out of the stored blocks, bar the withdrawal of those no longer listed ({@link BlockWithdrawals}). */
@Service
public class BlockStore {

    private static final Sort RANGE_ORDER = Sort.by("program", "issuanceId", "blockStart", "id");

    private final CreditBlocks blocks;
    private final Clock clock;
    private final EntityManager entityManager;
    private final BlockRows rows;
    private final BlockWrites writes;
    private final BlockTally tally;
    private final DecisionChanges changes;

    BlockStore(CreditBlocks blocks, Clock clock, EntityManager entityManager, DataSource dataSource,
               DecisionChanges changes) {
        this.blocks = blocks;
        this.clock = clock;
        this.entityManager = entityManager;
        this.rows = new BlockRows(dataSource);
        this.writes = new BlockWrites(dataSource);
        this.tally = new BlockTally(dataSource);
        this.changes = changes;
    }

    /**
     * Stores a page of blocks from one registry in one transaction. A record whose version we
     * already hold changes nothing, so re-reading a feed is harmless; a higher version replaces the
     * block's state and labels ({@link PageSort}). The projects of the
     * blocks stored or changed are noted for the decisions ({@link DecisionChanges}), bar those of
     * blocks that only changed hands; their issuances, for the reconciliation, whatever changed.
     */
    @Transactional
    public StoreResult store(String sourceRegistry, List<BlockRecord> page) {
        return store(sourceRegistry, page, UnheldBlocks.anyMayBeHeld());
    }

    /** As {@link #store(String, List)}, looking up only the blocks {@code unheld} says the store may hold. */
    @Transactional
    public StoreResult store(String sourceRegistry, List<BlockRecord> page, UnheldBlocks unheld) {
        // one read of what the store holds of the page's blocks: their versions to compare, the changed ones' state
        var held = rows.held(sourceRegistry, page.stream().map(BlockRecord::blockId).distinct().filter(unheld::mayBeHeld).toList());
        var sorted = new PageSort(page, held);
        var now = clock.instant();
        var ids = writes.newIds(sorted.fresh.size());
        var inserts = new LinkedHashMap<Long, BlockRecord>();
        sorted.fresh.values().forEach(record -> inserts.put(ids[inserts.size()], record));
        var updates = new LinkedHashMap<Long, BlockRecord>();
        var transfers = new LinkedHashMap<Long, BlockRecord>();
        sorted.changed.forEach((id, record) -> (sorted.onlyTransferred(id) ? transfers : updates).put(held.get(id).row(), record));
        writes.insert(sourceRegistry, inserts, now);
        writes.update(updates, now);
        writes.transfer(transfers, now);
        tally.move(Stream.concat(sorted.fresh.values().stream(), updates.values().stream()).toList(),
                updates.values().stream().map(b -> sorted.before.get(b.blockId())).filter(Objects::nonNull).toList());
        changes.projectsChanged(PageNotes.projectsToDecide(sorted.fresh.values(), updates.values(), sorted.before));
        changes.issuancesChanged(PageNotes.issuancesToCompare(sorted.fresh.values(), sorted.changed.values(),
                sorted.before.values()));
        unheld.stored(sorted.fresh.keySet());
        return sorted.result;
    }

    /**
     * For one ingest of a registry, from its first page: which blocks a page's lookup must read.
     * None while the store holds no block of the registry but those the ingest stores itself.
     */
    @Transactional(readOnly = true)
    public UnheldBlocks unheldBlocks(String sourceRegistry) {
        return rows.holdsAny(sourceRegistry) ? UnheldBlocks.anyMayBeHeld() : UnheldBlocks.firstFill();
    }

    @Transactional(readOnly = true)
    public List<BlockRecord> findBySerial(String serial) {
        return blocks.findByTrimmedSerial(serial.strip()).stream().map(this::detached).toList();
    }

    /**
     * The blocks of many projects at once, each project's in (issuance, first unit) order, labels
     * fetched in the same query: a job deciding for hundreds of authorizations asks for
     * {@value AnyOf#PART} projects a query rather than once per project, and once per block for its labels.
     */
    @Transactional(readOnly = true)
    public Map<Project, List<BlockRecord>> ofProjects(Collection<Project> projects) {
        var wanted = Set.copyOf(projects);
        var ids = wanted.stream().map(Project::projectId).distinct().toList();
        var found = new HashMap<Project, List<BlockRecord>>();
        AnyOf.inParts(ids, part -> rows.ofProjects(part, record -> {
            var project = new Project(record.program(), record.projectId(), record.hostCountry());
            if (wanted.contains(project)) {
                found.computeIfAbsent(project, k -> new ArrayList<>()).add(record);
            }
        }));
        return found;
    }

    /**
     * The blocks of these issuances, each issuance's in first-unit order, labels joined: a job
     * that needs only the issuances where something of its own lies (an ITMO pair's units) reads
     * those rather than the store.
     */
    @Transactional(readOnly = true)
    public void forEachOfIssuances(Collection<Issuance> issuances, Consumer<BlockRecord> action) {
        var wanted = Set.copyOf(issuances);
        var ids = wanted.stream().map(Issuance::issuanceId).distinct().sorted().toList();
        AnyOf.inParts(ids, part -> rows.ofIssuances(part, block -> {
            if (wanted.contains(new Issuance(block.program(), block.issuanceId()))) {
                action.accept(block);
            }
        }));
    }

    /** The blocks the registry revoked: their units must stop being ITMOs. */
    @Transactional(readOnly = true)
    public List<BlockRecord> revoked() {
        var revoked = new ArrayList<BlockRecord>();
        rows.revoked(revoked::add);
        return revoked;
    }

    /** The issuances holding blocks of these projects. */
    @Transactional(readOnly = true)
    public Set<Issuance> issuancesOf(Collection<Project> projects) {
        var wanted = Set.copyOf(projects);
        var ids = wanted.stream().map(Project::projectId).distinct().toList();
        var found = new HashSet<Issuance>();
        AnyOf.inParts(ids, part -> rows.issuancesOf(part, row -> {
            if (wanted.contains(new Project(row[0], row[1], row[2]))) {
                found.add(new Issuance(row[0], row[3]));
            }
        }));
        return found;
    }

    /** An issuance of a registry: where the serial numbers of its blocks are unique, bar Verra's. */
    public record Issuance(String program, String issuanceId) {
    }

    /** A project of a registry in one host country, as an authorization names it. */
    public record Project(String program, String projectId, String hostCountry) {
    }

    /** One page of the blocks a range lookup wants, in (registry, issuance, first unit) order. */
    @Transactional(readOnly = true)
    public Page<BlockRecord> overlapping(BlockQuery query, int page, int size) {
        return find(query, PageRequest.of(page, size, RANGE_ORDER));
    }

    /** Every block holding any of these units: a handful, the blocks an ITMO pair or a split block spans. */
    @Transactional(readOnly = true)
    public List<BlockRecord> overlapping(BlockQuery query) {
        return find(query, Pageable.unpaged(RANGE_ORDER)).getContent();
    }

    private Page<BlockRecord> find(BlockQuery query, Pageable pageable) {
        return blocks.findAll(HoldingUnits.<CreditBlock>of("blockStart", "blockEnd", query.firstUnit(), query.lastUnit())
                .where("program", query.registry()).where("issuanceId", query.issuance()), pageable).map(this::detached);
    }

    /**
     * Streams every block in (program, issuance, serial) order without holding them all: one query
     * with the labels joined, whatever the size of the store.
     */
    @Transactional(readOnly = true)
    public void forEach(Consumer<BlockRecord> action) {
        rows.forEach(action);
    }

    /**
     * Streams every block as {@link #forEach} does, except that the blocks of a program numbered
     * across its issuances come by first unit alone, so that a reader sweeping serial ranges can
     * merge them without holding them all.
     */
    @Transactional(readOnly = true)
    public void forEachInSerialOrder(Set<String> globallyNumbered, Consumer<BlockRecord> action) {
        if (globallyNumbered.isEmpty()) {
            forEach(action);
            return;
        }
        rows.forEachInSerialOrder(globallyNumbered, action);
    }

    /** The blocks of one program by first unit alone, its issuances merged (a program numbered across them). */
    @Transactional(readOnly = true)
    public void forEachOfProgramInSerialOrder(String program, Consumer<BlockRecord> action) {
        rows.ofProgramInSerialOrder(program, action);
    }

    /**
     * The issuances whose ids start with a zero: a national record naming issuance 123 may mean the
     * blocks of issuance 0123 (ITMO serials carry issuance numbers without leading zeros).
     */
    @Transactional(readOnly = true)
    public Set<Issuance> zeroPaddedIssuances() {
        var found = new HashSet<Issuance>();
        rows.zeroPaddedIssuances(row -> found.add(new Issuance(row[0], row[1])));
        return found;
    }

    /** Every block once, in groups sharing provenance and unit size (no order promised), as kept by each store. */
    @Transactional(readOnly = true)
    public void forEachGroup(Consumer<BlockGroup> action) {
        tally.forEach(action);
    }

    /**
     * Readers get records, never the managed entity: it leaves the persistence context at once, so
     * a job that reads every block inside its own transaction does not make each later flush
     * dirty-check them all (that made the decision steps quadratic), and streaming holds none.
     */
    private BlockRecord detached(CreditBlock block) {
        var record = block.toRecord();
        entityManager.detach(block);
        return record;
    }

    public long count() {
        return blocks.count();
    }
}
