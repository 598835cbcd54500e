package org.a6gateway.blocks;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The only way in and out of the stored blocks. */
@Service
public class BlockStore {

    private static final Sort RANGE_ORDER = Sort.by("program", "issuanceId", "blockStart", "id");

    private final CreditBlocks blocks;
    private final Clock clock;
    private final EntityManager entityManager;
    private final BlockRows rows;

    BlockStore(CreditBlocks blocks, Clock clock, EntityManager entityManager, DataSource dataSource) {
        this.blocks = blocks;
        this.clock = clock;
        this.entityManager = entityManager;
        this.rows = new BlockRows(dataSource);
    }

    /**
     * Stores a page of blocks from one registry in one transaction. A record whose version we
     * already hold changes nothing, so re-reading a feed is harmless.
     */
    @Transactional
    public StoreResult store(String sourceRegistry, List<BlockRecord> page) {
        Map<String, CreditBlock> known = blocks.findByBlockIdIn(page.stream().map(BlockRecord::blockId).toList()).stream()
                .filter(b -> b.sourceRegistry().equals(sourceRegistry))
                .collect(Collectors.toMap(CreditBlock::blockId, Function.identity()));
        var result = StoreResult.NONE;
        for (BlockRecord incoming : page) {
            result = result.plus(storeOne(known.computeIfAbsent(incoming.blockId(),
                    id -> new CreditBlock(sourceRegistry, id)), incoming));
        }
        // Written now, in batches (sequence ids), so that the readers, which query the tables
        // directly, see the page even when an enclosing transaction is still open.
        entityManager.flush();
        return result;
    }

    private StoreResult storeOne(CreditBlock block, BlockRecord incoming) {
        if (!block.isOlderThan(incoming)) {
            return new StoreResult(0, 0, 1);
        }
        boolean isNew = !block.isStored();
        block.takeStateOf(incoming, clock.instant());
        blocks.save(block);
        return isNew ? new StoreResult(1, 0, 0) : new StoreResult(0, 1, 0);
    }

    @Transactional(readOnly = true)
    public List<BlockRecord> findBySerial(String serial) {
        return blocks.findByTrimmedSerial(serial.strip()).stream().map(this::detached).toList();
    }

    /** The blocks of one project in one host country, as the registry last published them. */
    @Transactional(readOnly = true)
    public List<BlockRecord> ofProject(String program, String projectId, String hostCountry) {
        return rows.ofProject(program, projectId, hostCountry);
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
        return blocks.findOverlapping(query.registry(), query.issuance(), query.firstUnit(), query.lastUnit(), pageable)
                .map(this::detached);
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
