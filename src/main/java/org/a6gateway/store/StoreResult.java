package org.a6gateway.store;

/** What storing one page did: new rows, changed rows, and records we already had. */
public record StoreResult(int inserted, int updated, int unchanged) {

    public static final StoreResult NONE = new StoreResult(0, 0, 0);

    public StoreResult plus(StoreResult other) {
        return new StoreResult(inserted + other.inserted, updated + other.updated, unchanged + other.unchanged);
    }
}
