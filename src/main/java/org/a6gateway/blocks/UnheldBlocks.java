package org.a6gateway.blocks;

import java.util.Collection;
import org.a6gateway.store.Fingerprints;

/**
 * Which of a page's blocks the store might hold, for one ingest of one registry. Before a page is
 * stored, the store reads what it holds of the page's blocks; while a registry is read for the
 * first time it holds none of them but those this ingest stored itself, and the read (a lookup
 * of every page's 1,000 ids in a table growing towards a million rows) finds nothing. The ids
 * stored are remembered as fingerprints (8 MB for a million blocks): two ids sharing one only
 * cost a lookup that finds nothing, never a block skipped.
 */
public final class UnheldBlocks {

    private static final UnheldBlocks ANY = new UnheldBlocks(null);

    private final Fingerprints stored;

    private UnheldBlocks(Fingerprints stored) {
        this.stored = stored;
    }

    /** Every block may be held: each page's blocks are looked up. */
    public static UnheldBlocks anyMayBeHeld() {
        return ANY;
    }

    /** A registry of which the store holds no block yet: only the ids stored from now on may be held. */
    static UnheldBlocks firstFill() {
        return new UnheldBlocks(new Fingerprints());
    }

    boolean mayBeHeld(String blockId) {
        return stored == null || stored.mayContain(blockId);
    }

    void stored(Collection<String> blockIds) {
        if (stored != null) {
            blockIds.forEach(stored::add);
        }
    }
}
