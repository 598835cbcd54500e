package org.a6gateway.sync;

import java.time.LocalDateTime;
import java.util.List;

/** One sync run as the job repository recorded it; {@code summary} is set once it completed. */
public record SyncRun(long id, String status, LocalDateTime startedAt, LocalDateTime endedAt,
                      SyncSummary summary, String failure, List<Throwable> failures) {

    public boolean completed() {
        return "COMPLETED".equals(status);
    }
}
