package org.a6gateway.sync;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.a6gateway.exports.ExportsSummary;
import org.a6gateway.publication.PublicationResult;
import org.a6gateway.feeds.IngestProgress;
import org.a6gateway.feeds.RetryTally;
import org.a6gateway.outbox.DeadLetter;
import org.a6gateway.quarantine.QuarantineCount;

/**
 * What the gateway holds after a sync, and what this run read. {@code credits} is exact t CO2e.
 * {@code byCountry} is keyed by the host Party's ISO alpha-3 code, so the real data's totals stay
 * visible per Party; {@code byRegistry} by private registry, each counting the units it holds. The run's actions: label commands enqueued ({@code labelsApplied},
 * {@code labelsRemoved}), ITMO blocks minted ({@code itmoIdsMinted}, holding {@code itmoUnitsMinted}
 * units), references attached, "correspondingly adjusted" labels enqueued ({@code caFlagsApplied});
 * commands delivered ({@code pushed}), dead-lettered, and deferred by the breaker. Then the state:
 * what is held back, per kind and reason ({@code heldBack}, e.g. {@code ITMO_ID/NO_COOPERATIVE_APPROACH}),
 * the ITMO pairs held, what waits in the outbox and how long the ledger is. Last, what the
 * reconciliation found: {@code discrepancies} maps every discrepancy type to its count (zero
 * included), {@code discrepanciesNew} and {@code discrepanciesResolved} compare with the run before.
 * What a faulty run met: {@code retried} (registry → phase → retries and the pages or commands
 * they were for), {@code deadLetteredCommands} (the first few, with why), {@code deferredByRegistry}
 * and each registry's breaker state at the end ({@code breakers}).
 * {@code quarantined}: the records this run refused to ingest, in all and by reason kind.
 * {@code unavailable}: the registries this run could not read past the retries and set aside
 * (registry → why, naming URL, page and attempts); the other's work went on. {@code skipped}: the
 * steps such a run did not take, and why — the decisions resting on the national registry when it
 * was set aside, and the reconciliation (whose discrepancy figures are then empty).
 * {@code exports}: the registry-export files this run took from the inboxes, and the Article 6
 * labels they show, each with how many rows match an authorization.
 * {@code published}: per publication registry (CADT), the units this run created, updated and
 * split there, what was refused and the discrepancies its read-back left; empty without one.
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
        Map<String, RegistryTotals> byRegistry,
        Map<String, IngestProgress> ingested,
        int labelsApplied,
        int labelsRemoved,
        int itmoIdsMinted,
        long itmoUnitsMinted,
        int itmoReferencesAttached,
        int itmoWithdrawals,
        int itmoReferencesRemoved,
        int caFlagsApplied,
        Map<String, Long> heldBack,
        long itmoPairs,
        int pushed,
        int deadLettered,
        int deferred,
        long pendingCommands,
        long awaitingApproval,
        long deadLetters,
        long ledgerEvents,
        Map<String, Long> discrepancies,
        int discrepanciesNew,
        int discrepanciesResolved,
        Map<String, Map<String, RetryTally>> retried,
        List<DeadLetter> deadLetteredCommands,
        Map<String, Integer> deferredByRegistry,
        Map<String, String> breakers,
        QuarantineCount quarantined,
        Map<String, String> unavailable,
        Map<String, String> skipped,
        ExportsSummary exports,
        Map<String, PublicationResult> published) {

    /** Completed with every registry read: nothing set aside. */
    public boolean complete() {
        return unavailable == null || unavailable.isEmpty();
    }
}
