package org.a6gateway.feeds;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The opaque cursor of a registry's change feed after the last page the gateway stored. */
@Entity
@Table(name = "ingest_cursor")
class IngestCursor {

    @Id
    private String sourceRegistry;
    private String cursorValue;
    private Instant updatedAt;

    protected IngestCursor() {
    }

    IngestCursor(String sourceRegistry) {
        this.sourceRegistry = sourceRegistry;
    }

    String cursorValue() {
        return cursorValue;
    }

    void moveTo(String cursor, Instant now) {
        cursorValue = cursor;
        updatedAt = now;
    }
}
