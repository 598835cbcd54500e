package org.a6gateway.blocks;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.a6gateway.jobs.DecisionChanges;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Blocks a registry no longer lists, taken out of the store: which blocks the store holds from a
 * registry, and their withdrawal with what depends on them (the tally, the projects to decide and
 * the issuances to compare again).
 */
@Service
public class BlockWithdrawals {

    private final BlockRows rows;
    private final BlockWrites writes;
    private final BlockTally tally;
    private final DecisionChanges changes;

    BlockWithdrawals(DataSource dataSource, DecisionChanges changes) {
        this.rows = new BlockRows(dataSource);
        this.writes = new BlockWrites(dataSource);
        this.tally = new BlockTally(dataSource);
        this.changes = changes;
    }

    /**
     * Takes out of the store the blocks of a registry that it no longer lists, and returns them as
     * they were; their projects are decided again and their issuances compared again.
     */
    @Transactional
    public List<BlockRecord> withdraw(String sourceRegistry, Collection<String> blockIds) {
        var held = rows.held(sourceRegistry, List.copyOf(blockIds));
        if (held.isEmpty()) {
            return List.of();
        }
        var withdrawn = held.values().stream().map(BlockRows.Held::block).toList();
        writes.delete(held.values().stream().map(BlockRows.Held::row).toList());
        tally.move(List.of(), withdrawn);
        changes.projectsChanged(PageNotes.projectsToDecide(withdrawn, List.of(), Map.of()));
        changes.issuancesChanged(PageNotes.issuancesToCompare(withdrawn, List.of(), List.of()));
        return withdrawn;
    }

    /** The ids of every block the store holds from this registry. */
    @Transactional(readOnly = true)
    public Set<String> blockIdsOf(String sourceRegistry) {
        return rows.blockIdsOf(sourceRegistry);
    }
}
