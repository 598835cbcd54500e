package org.a6gateway.quarantine;

import java.util.Map;

/** The records one sync run quarantined, in all and by reason kind. */
public record QuarantineCount(long total, Map<String, Long> byReason) {

    public static final QuarantineCount NONE = new QuarantineCount(0, Map.of());
}
