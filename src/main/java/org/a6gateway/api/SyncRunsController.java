package org.a6gateway.api;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.a6gateway.api.generated.SyncApi;
import org.a6gateway.api.generated.model.CountryTotals;
import org.a6gateway.api.generated.model.ExportsSummary;
import org.a6gateway.api.generated.model.PublicationResult;
import org.a6gateway.api.generated.model.QuarantineCount;
import org.a6gateway.api.generated.model.RegistryTotals;
import org.a6gateway.api.generated.model.SyncRun;
import org.a6gateway.api.generated.model.SyncSummary;
import org.a6gateway.api.generated.model.SyncSummaryDeadLetteredCommandsInner;
import org.a6gateway.api.generated.model.SyncSummaryRetriedValueValue;
import org.a6gateway.feeds.RetryTally;
import org.a6gateway.outbox.DeadLetter;
import org.a6gateway.sync.SyncRuns;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class SyncRunsController implements SyncApi {

    private final SyncRuns runs;

    SyncRunsController(SyncRuns runs) {
        this.runs = runs;
    }

    @Override
    public ResponseEntity<SyncRun> startSyncRun() {
        var run = runs.start();
        return ResponseEntity.accepted().location(URI.create("/api/v1/sync-runs/" + run.id())).body(dto(run));
    }

    @Override
    public ResponseEntity<List<SyncRun>> listSyncRuns(Integer limit) {
        return ResponseEntity.ok(runs.latest(limit).stream().map(SyncRunsController::dto).toList());
    }

    @Override
    public ResponseEntity<SyncRun> getSyncRun(Long runId) {
        return runs.find(runId).map(run -> ResponseEntity.ok(dto(run)))
                .orElseThrow(() -> new NotFound("no sync run " + runId));
    }

    private static SyncRun dto(org.a6gateway.sync.SyncRun run) {
        var dto = new SyncRun().runId(run.id()).status(SyncRun.StatusEnum.fromValue(run.status())).error(run.failure());
        if (run.startedAt() != null) {
            dto.startedAt(run.startedAt().atOffset(ZoneOffset.UTC));
        }
        if (run.endedAt() != null) {
            dto.endedAt(run.endedAt().atOffset(ZoneOffset.UTC));
        }
        if (run.summary() != null) {
            var s = run.summary();
            dto.summary(summary(run.summary()));
        }
        return dto;
    }

    private static SyncSummary summary(org.a6gateway.sync.SyncSummary s) {
        var byCountry = new TreeMap<String, CountryTotals>();
        s.byCountry().forEach((party, t) -> byCountry.put(party,
                new CountryTotals().name(t.name()).blocks(t.blocks()).credits(t.credits().toPlainString())));
        return new SyncSummary().blocks(s.blocks()).credits(s.credits().toPlainString())
                .countries(s.countries()).authorizations(s.authorizations()).matchedBlocks(s.matchedBlocks())
                .unmatchedBlocks(s.unmatchedBlocks()).unmatchedByReason(s.unmatchedByReason()).byCountry(byCountry)
                .byRegistry(byRegistry(s))
                .labelsApplied(s.labelsApplied()).labelsRemoved(s.labelsRemoved()).itmoIdsMinted(s.itmoIdsMinted())
                .itmoUnitsMinted(s.itmoUnitsMinted()).itmoReferencesAttached(s.itmoReferencesAttached())
                .itmoWithdrawals(s.itmoWithdrawals()).itmoReferencesRemoved(s.itmoReferencesRemoved())
                .caFlagsApplied(s.caFlagsApplied()).heldBack(s.heldBack()).itmoPairs(s.itmoPairs())
                .pushed(s.pushed()).deadLettered(s.deadLettered()).deferred(s.deferred())
                .pendingCommands(s.pendingCommands()).awaitingApproval(s.awaitingApproval()).deadLetters(s.deadLetters()).ledgerEvents(s.ledgerEvents())
                .discrepancies(s.discrepancies()).discrepanciesNew(s.discrepanciesNew())
                .discrepanciesResolved(s.discrepanciesResolved())
                .retried(retried(s.retried())).deadLetteredCommands(deadLetters(s.deadLetteredCommands()))
                .deferredByRegistry(s.deferredByRegistry()).breakers(s.breakers())
                .quarantined(quarantined(s.quarantined()))
                .unavailable(s.unavailable() == null ? new TreeMap<>() : new TreeMap<>(s.unavailable()))
                .skipped(s.skipped() == null ? new TreeMap<>() : new TreeMap<>(s.skipped()))
                .exports(exports(s.exports()))
                .published(published(s.published()));
    }

    /** Runs summarised before publication registries existed have none. */
    private static Map<String, PublicationResult> published(Map<String, org.a6gateway.publication.PublicationResult> results) {
        var published = new TreeMap<String, PublicationResult>();
        if (results != null) {
            results.forEach((id, r) -> published.put(id, new PublicationResult().created(r.created()).updated(r.updated())
                    .split(r.split()).rounds(r.rounds()).refused(r.refused()).discrepancies(r.discrepancies()).error(r.error())));
        }
        return published;
    }

    /** Runs summarised before the gateway kept totals per registry have none. */
    private static Map<String, RegistryTotals> byRegistry(org.a6gateway.sync.SyncSummary s) {
        var byRegistry = new TreeMap<String, RegistryTotals>();
        if (s.byRegistry() != null) {
            s.byRegistry().forEach((id, t) -> byRegistry.put(id,
                    new RegistryTotals().blocks(t.blocks()).credits(t.credits().toPlainString())));
        }
        return byRegistry;
    }

    /** Runs summarised before the export inboxes existed have none: all zero. */
    private static ExportsSummary exports(org.a6gateway.exports.ExportsSummary e) {
        var x = e == null ? org.a6gateway.exports.ExportsSummary.NONE : e;
        var labels = new TreeMap<String, Map<String, Long>>();
        x.labels().forEach((text, verdicts) -> labels.put(text, new TreeMap<>(verdicts)));
        return new ExportsSummary().files(x.files()).imported(x.imported()).alreadyImported(x.alreadyImported())
                .failed(x.failed()).rows(x.rows()).refused(x.refused()).credits(x.credits())
                .matchingLabels(x.matchingLabels()).labels(labels).failures(List.copyOf(x.failures()));
    }

    private static Map<String, Map<String, SyncSummaryRetriedValueValue>> retried(Map<String, Map<String, RetryTally>> retried) {
        if (retried == null) {
            return null;
        }
        var dto = new TreeMap<String, Map<String, SyncSummaryRetriedValueValue>>();
        retried.forEach((registry, phases) -> phases.forEach((phase, t) -> dto.computeIfAbsent(registry, r -> new TreeMap<>())
                .put(phase, new SyncSummaryRetriedValueValue().retries(t.retries()).pages(t.pages()).commands(t.commands()))));
        return dto;
    }

    private static List<SyncSummaryDeadLetteredCommandsInner> deadLetters(List<DeadLetter> deadLetters) {
        return deadLetters == null ? null : deadLetters.stream().map(d -> new SyncSummaryDeadLetteredCommandsInner()
                .registry(d.registry()).commandId(d.commandId()).operation(d.operation()).subject(d.subject())
                .reason(d.reason())).toList();
    }

    /** Runs summarised before the quarantine existed have none. */
    private static QuarantineCount quarantined(org.a6gateway.quarantine.QuarantineCount q) {
        return q == null ? new QuarantineCount().total(0L).byReason(new TreeMap<>())
                : new QuarantineCount().total(q.total()).byReason(new TreeMap<>(q.byReason()));
    }
}
