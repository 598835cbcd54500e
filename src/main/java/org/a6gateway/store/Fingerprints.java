package org.a6gateway.store;

/**
 * A set of keys remembered as 32-bit fingerprints in an open-addressed table, 4–8 bytes a key
 * whatever its length: what a first fill stored, so that only keys it may have stored before are
 * looked up. Two keys sharing a fingerprint only cost a lookup that finds nothing; a key added is
 * always found again.
 */
public final class Fingerprints {

    private int[] slots = new int[1 << 10];
    private int size;

    public void add(String key) {
        int fingerprint = fingerprint(key);
        if (contains(fingerprint)) {
            return;
        }
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        put(slots, fingerprint);
        size++;
    }

    /** True for every key added, and for the few others sharing a fingerprint with one. */
    public boolean mayContain(String key) {
        return contains(fingerprint(key));
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

    /** FNV-1a over the key's characters, mixed so that the low bits (the slot) depend on all of them; never 0 (an empty slot). */
    private static int fingerprint(String key) {
        int hash = 0x811C9DC5;
        for (int i = 0; i < key.length(); i++) {
            hash = (hash ^ key.charAt(i)) * 0x01000193;
        }
        hash ^= hash >>> 16;
        hash *= 0x85EBCA6B;
        hash ^= hash >>> 13;
        return hash == 0 ? 1 : hash;
    }
}
