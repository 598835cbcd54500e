package org.a6gateway.itmo;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.a6gateway.ledger.Sha256;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the jobs held back. Each run states the whole list for its kind: records seen again stay
 * as they are (no new row), new ones are added, and ones whose reason is gone are marked resolved.
 */
@Service
public class HeldBackRecords {

    private final HeldBackRows rows;
    private final Clock clock;

    HeldBackRecords(HeldBackRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @Transactional
    public void settle(HeldBack.Kind kind, List<HeldBack> current) {
        var now = clock.instant();
        Map<String, HeldBackRow> existing = new HashMap<>(rows.findByKind(kind).stream()
                .collect(Collectors.toMap(HeldBackRow::recordKey, Function.identity())));
        var unique = new LinkedHashMap<String, HeldBack>();
        current.forEach(heldBack -> unique.putIfAbsent(key(heldBack), heldBack));
        for (var entry : unique.entrySet()) {
            String key = entry.getKey();
            var heldBack = entry.getValue();
            var row = existing.remove(key);
            if (row == null) {
                rows.save(new HeldBackRow(key, heldBack, now));
            } else {
                row.seen();
            }
        }
        existing.values().forEach(row -> row.resolved(now));
    }

    /** Open records per kind and reason, e.g. {@code ITMO_ID/NO_COOPERATIVE_APPROACH}. */
    @Transactional(readOnly = true)
    public Map<String, Long> openByReason() {
        return rows.findByResolvedAtIsNullOrderById().stream().collect(Collectors.groupingBy(
                r -> r.kind() + "/" + r.reason(), TreeMap::new, Collectors.counting()));
    }

    @Transactional(readOnly = true)
    public List<HeldBack> open() {
        return rows.findByResolvedAtIsNullOrderById().stream().map(HeldBackRow::toHeldBack).toList();
    }

    private static String key(HeldBack heldBack) {
        return Sha256.hex(String.join("|", heldBack.kind().name(), heldBack.subject(),
                String.valueOf(heldBack.authorizationId()), heldBack.reason().name(), heldBack.detail()));
    }
}
