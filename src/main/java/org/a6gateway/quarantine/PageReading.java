package org.a6gateway.quarantine;

import java.util.List;

/** One page read record by record: what is ingested, and what goes to the quarantine. */
public record PageReading<T>(List<T> accepted, List<Refusal> refused) {

    public PageReading {
        accepted = List.copyOf(accepted);
        refused = List.copyOf(refused);
    }
}
