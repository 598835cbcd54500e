package org.a6gateway.blocks;

import java.util.List;
import javax.sql.DataSource;
import org.a6gateway.store.StoreResult;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The store's door for a registry read whole at every sync whose versions do not always move when
 * a block changes (a public API's {@code updated_at} stays put when part of a block is retired and
 * the rest shrinks): a block whose content differs from what is held is a change, stored as the
 * next version, whatever version it came with; one that reads the same is unchanged.
 */
@Component
public class ListedBlocks {

    private final BlockRows rows;
    private final BlockStore store;

    ListedBlocks(DataSource dataSource, BlockStore store) {
        this.rows = new BlockRows(dataSource);
        this.store = store;
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
}
