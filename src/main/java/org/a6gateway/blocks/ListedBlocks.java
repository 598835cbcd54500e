package org.a6gateway.blocks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.a6gateway.store.StoreResult;
import org.a6gateway.units.SerialRange;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The store's door for a registry read whole at every sync whose versions do not always move when
 * a block changes (a public API's {@code updated_at} stays put when part of a block is retired and
 * the rest shrinks): a block whose content differs from what is held is a change, stored as the
 * next version, whatever version it came with; one that reads the same is unchanged. A block a
 * whole listing no longer names is taken out of the store ({@link #withdrawUnlisted}).
 */
@Component
public class ListedBlocks {

    private final BlockRows rows;
    private final BlockStore store;
    private final BlockWithdrawals withdrawals;

    ListedBlocks(DataSource dataSource, BlockStore store, BlockWithdrawals withdrawals) {
        this.rows = new BlockRows(dataSource);
        this.store = store;
        this.withdrawals = withdrawals;
    }

    @Transactional
    public StoreResult storeAsRead(String sourceRegistry, List<BlockRecord> page) {
        var held = rows.held(sourceRegistry, page.stream().map(BlockRecord::blockId).distinct().toList());
        return store.store(sourceRegistry, page.stream().map(incoming -> {
            var before = held.get(incoming.blockId());
            if (before == null || incoming.sourceVersion() > before.block().sourceVersion()
                    || incoming.withVersion(before.block().sourceVersion()).equals(before.block())) {
                return incoming;
            }
            return incoming.withVersion(before.block().sourceVersion() + 1);
        }).toList());
    }

    /**
     * The blocks of {@code sourceRegistry} holding any unit of any of {@code ranges} of
     * {@code program}: one read for a whole page's ranges, not one per range.
     */
    @Transactional(readOnly = true)
    public List<BlockRecord> holding(String sourceRegistry, String program, Collection<SerialRange> ranges) {
        if (ranges.isEmpty()) {
            return List.of();
        }
        var found = new ArrayList<BlockRecord>();
        rows.holding(sourceRegistry, program, List.copyOf(ranges), found::add);
        return found;
    }

    /**
     * What a whole listing took out of the store: blocks whose units the listing names under
     * other ids (a block split, or cut by a retirement), and blocks whose units it no longer names
     * at all, which someone must look at.
     */
    public record Withdrawal(List<BlockRecord> superseded, List<BlockRecord> unlisted) {

        public int size() {
            return superseded.size() + unlisted.size();
        }
    }

    /**
     * Ends a whole listing of a registry: every block it holds from the registry whose id is not
     * {@code listed} does not accept no longer exists there and is taken out of the store (its
     * units would otherwise count twice: once under the old id, once under the new).
     */
    @Transactional
    public Withdrawal withdrawUnlisted(String sourceRegistry, Predicate<String> listed) {
        var gone = withdrawals.blockIdsOf(sourceRegistry);
        gone.removeIf(listed);
        var superseded = new ArrayList<BlockRecord>();
        var unlisted = new ArrayList<BlockRecord>();
        for (BlockRecord block : withdrawals.withdraw(sourceRegistry, gone)) {
            (heldUnderOtherIds(block, listed) ? superseded : unlisted).add(block);
        }
        return new Withdrawal(superseded, unlisted);
    }

    /** Whether blocks of the listing, of the same registry, hold every unit of {@code block}. */
    private boolean heldUnderOtherIds(BlockRecord block, Predicate<String> listed) {
        var issuance = BlockQuery.NUMBERED_ACROSS_ISSUANCES.contains(block.program()) ? null : block.issuanceId();
        var holders = store.overlapping(new BlockQuery(block.program(), issuance, block.blockStart(), block.blockEnd())).stream()
                .filter(b -> b.sourceRegistry().equals(block.sourceRegistry()) && listed.test(b.blockId()))
                .map(BlockRecord::range).toList();
        List<SerialRange> uncovered = List.of(block.range());
        for (SerialRange holder : holders) {
            uncovered = uncovered.stream().flatMap(r -> r.subtract(holder).stream()).toList();
        }
        return uncovered.isEmpty();
    }
}
