package org.a6gateway.verra;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.units.SerialRange;

/**
 * The units the stored retirements and cancellations hold near a page of issuances, read from
 * the store once for the whole page: each issuance then takes the events within its range from
 * here instead of asking the store on its own. Kept by first unit, so that an issuance looks only
 * at the events starting before its range ends.
 */
final class StoredEvents {

    private final NavigableMap<Long, List<SerialRange>> byFirstUnit = new TreeMap<>();

    /** The retirements and cancellations among {@code stored}; other blocks (issuances' stretches) are no events. */
    static StoredEvents of(List<BlockRecord> stored) {
        var events = new StoredEvents();
        stored.stream().filter(StoredEvents::isEvent).map(BlockRecord::range)
                .forEach(r -> events.byFirstUnit.computeIfAbsent(r.start(), k -> new ArrayList<>()).add(r));
        return events;
    }

    private static boolean isEvent(BlockRecord block) {
        return block.blockId().startsWith(ReportTranslator.RETIREMENT) || block.blockId().startsWith(ReportTranslator.CANCELLATION);
    }

    /** The events' ranges holding any unit of {@code range}. */
    List<SerialRange> within(SerialRange range) {
        return byFirstUnit.headMap(range.end(), true).values().stream().flatMap(List::stream)
                .filter(event -> event.overlaps(range)).toList();
    }
}
