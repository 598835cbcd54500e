package org.a6gateway.blocks;

import java.util.Collection;

/**
 * Which of a page's blocks the store might hold, for one ingest of one registry. Before a page is
 * stored, the store reads what it holds of the page's blocks; while a registry is read for the
 * first time it holds none of them but those this ingest stored itself, and the read (a lookup
 * of every page's 1,000 ids in a table growing towards a million rows) finds nothing. The ids
 * stored are remembered as 32-bit fingerprints in an open-addressed table (8 MB for a million
 * blocks): two ids sharing one only cost a lookup that finds nothing, never a block skipped.
 */
public final class UnheldBlocks {

    private static final UnheldBlocks ANY = new UnheldBlocks(false);

    private final boolean firstFill;
    private int[] slots;
    private int size;

    private UnheldBlocks(boolean firstFill) {
        this.firstFill = firstFill;
        this.slots = firstFill ? new int[1 << 10] : null;
    }

    /** Every block may be held: each page's blocks are looked up. */
    public static UnheldBlocks anyMayBeHeld() {
        return ANY;
    }

    /** A registry of which the store holds no block yet: only the ids stored from now on may be held. */
    static UnheldBlocks firstFill() {
        return new UnheldBlocks(true);
    }

    boolean mayBeHeld(String blockId) {
        return !firstFill || contains(fingerprint(blockId));
    }

    void stored(Collection<String> blockIds) {
        if (firstFill) {
            blockIds.forEach(this::add);
        }
    }

    private void add(String blockId) {
        int fingerprint = fingerprint(blockId);
        if (contains(fingerprint)) {
            return;
        }
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        put(slots, fingerprint);
        size++;
    }

    private boolean contains(int fingerprint) {
        for (int i = fingerprint & (slots.length - 1); slots[i] != 0; i = (i + 1) & (slots.length - 1)) {
            if (slots[i] == fingerprint) {
                return true;
            }
        }
        return false;
    }

    private void grow() {
        var larger = new int[slots.length * 2];
        for (int fingerprint : slots) {
            if (fingerprint != 0) {
                put(larger, fingerprint);
            }
        }
        slots = larger;
    }

    private static void put(int[] table, int fingerprint) {
        int i = fingerprint & (table.length - 1);
        while (table[i] != 0) {
            i = (i + 1) & (table.length - 1);
        }
        table[i] = fingerprint;
    }

    /** FNV-1a over the id's characters, mixed so that the low bits (the slot) depend on all of them; never 0 (an empty slot). */
    private static int fingerprint(String blockId) {
        int hash = 0x811C9DC5;
        for (int i = 0; i < blockId.length(); i++) {
            hash = (hash ^ blockId.charAt(i)) * 0x01000193;
        }
        hash ^= hash >>> 16;
        hash *= 0x85EBCA6B;
        hash ^= hash >>> 13;
        return hash == 0 ? 1 : hash;
    }
}
