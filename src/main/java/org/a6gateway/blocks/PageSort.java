package org.a6gateway.blocks;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.a6gateway.store.StoreResult;

/**
 * What a page of one registry's blocks does to the blocks the store holds of it: a block not held
 * is new, a higher version than the one held (or than an earlier copy in the same page) changes
 * it, any other is unchanged. A block twice in a page counts as read twice. Plain rules: the
 * store reads what it holds of the page first and writes what this sorts out.
 */
final class PageSort {

    private static final StoreResult INSERTED = new StoreResult(1, 0, 0);
    private static final StoreResult UPDATED = new StoreResult(0, 1, 0);
    private static final StoreResult UNCHANGED = new StoreResult(0, 0, 1);

    /** New blocks, by block id, in page order. */
    final Map<String, BlockRecord> fresh = new LinkedHashMap<>();
    /** Held blocks the page changes, by block id: their latest version in the page. */
    final Map<String, BlockRecord> changed = new LinkedHashMap<>();
    /** The changed blocks as the store held them, by block id. */
    final Map<String, BlockRecord> before = new HashMap<>();
    StoreResult result = StoreResult.NONE;

    PageSort(List<BlockRecord> page, Map<String, BlockRows.Held> held) {
        for (BlockRecord incoming : page) {
            var id = incoming.blockId();
            var pending = fresh.containsKey(id) ? fresh : changed;
            var stored = held.get(id);
            if (stored == null && !fresh.containsKey(id)) {
                fresh.put(id, incoming);
                result = result.plus(INSERTED);
            } else if (incoming.sourceVersion() > (pending.containsKey(id) ? pending.get(id) : stored.block()).sourceVersion()) {
                pending.put(id, incoming);
                result = result.plus(UPDATED);
            } else {
                result = result.plus(UNCHANGED);
            }
        }
        changed.keySet().forEach(id -> before.put(id, held.get(id).block()));
    }

    /** Whether the changed block only changed hands: its row's holder changes, nothing a decision reads. */
    boolean onlyTransferred(String blockId) {
        return PageNotes.onlyTransferred(before.get(blockId), changed.get(blockId));
    }
}
