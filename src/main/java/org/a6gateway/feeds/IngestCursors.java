package org.a6gateway.feeds;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the gateway stands in each registry's change feed. Saved in the transaction that stores
 * the page, so a crash between pages re-reads at most one page, which the stores ignore.
 */
@Service
public class IngestCursors {

    private final IngestCursorRows rows;
    private final Clock clock;

    IngestCursors(IngestCursorRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<String> current(String sourceRegistry) {
        return rows.findById(sourceRegistry).map(IngestCursor::cursorValue);
    }

    /** Moves the cursor; writing the same cursor again writes nothing. */
    @Transactional
    public void advance(String sourceRegistry, String cursor) {
        var row = rows.findById(sourceRegistry).orElseGet(() -> new IngestCursor(sourceRegistry));
        if (Objects.equals(row.cursorValue(), cursor)) {
            return;
        }
        row.moveTo(cursor, clock.instant());
        rows.save(row);
    }
}
