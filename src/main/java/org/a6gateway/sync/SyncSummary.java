package org.a6gateway.sync;

import java.math.BigDecimal;
import java.util.Map;
import org.a6gateway.ledger.IngestProgress;

/**
 * What the gateway holds after a sync, and what this run read. {@code credits} is exact t CO2e.
 * {@code byCountry} is keyed by the host Party's ISO alpha-3 code, so the real data's totals stay
 * visible per Party.
 */
public record SyncSummary(
        long blocks,
        BigDecimal credits,
        int countries,
        long authorizations,
        long matchedBlocks,
        long unmatchedBlocks,
        Map<String, Long> unmatchedByReason,
        Map<String, CountryTotals> byCountry,
        Map<String, IngestProgress> ingested) {
}
