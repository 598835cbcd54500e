package org.a6gateway.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import org.a6gateway.api.generated.ReconciliationApi;
import org.a6gateway.api.generated.model.Discrepancy;
import org.a6gateway.api.generated.model.DiscrepancyChange;
import org.a6gateway.api.generated.model.DiscrepancyPage;
import org.a6gateway.api.generated.model.DiscrepancyType;
import org.a6gateway.api.generated.model.Reconciliation;
import org.a6gateway.api.generated.model.ReconciliationJob;
import org.a6gateway.api.generated.model.ReviewMarkKind;
import org.a6gateway.api.generated.model.ReviewMarkRequest;
import org.a6gateway.api.generated.model.Severity;
import org.a6gateway.reconciliation.Change;
import org.a6gateway.reconciliation.DiscrepancyExport;
import org.a6gateway.reconciliation.DiscrepancyFilter;
import org.a6gateway.reconciliation.DiscrepancyReviews;
import org.a6gateway.reconciliation.ReconcileRuns;
import org.a6gateway.reconciliation.ReconciliationRun;
import org.a6gateway.reconciliation.Reconciliations;
import org.a6gateway.reconciliation.Change;
import org.a6gateway.reconciliation.ReviewMark;
import org.a6gateway.reconciliation.StoredDiscrepancy;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class ReconciliationController implements ReconciliationApi {

    private final ReconcileRuns runs;
    private final Reconciliations reconciliations;
    private final DiscrepancyReviews reviews;
    private final ObjectMapper json;

    ReconciliationController(ReconcileRuns runs, Reconciliations reconciliations, DiscrepancyReviews reviews, ObjectMapper json) {
        this.runs = runs;
        this.reconciliations = reconciliations;
        this.reviews = reviews;
        this.json = json;
    }

    @Override
    public ResponseEntity<ReconciliationJob> startReconciliation() {
        var run = runs.start();
        return ResponseEntity.accepted().location(URI.create("/api/v1/reconciliations/" + run.id())).body(dto(run));
    }

    @Override
    public ResponseEntity<ReconciliationJob> getReconciliation(Long jobId) {
        return runs.find(jobId).map(run -> ResponseEntity.ok(dto(run)))
                .orElseThrow(() -> new NotFound("no reconciliation job " + jobId));
    }

    @Override
    public ResponseEntity<DiscrepancyPage> listDiscrepancies(DiscrepancyType type, Severity severity, String registry,
                                                            DiscrepancyChange change, Integer page, Integer size) {
        var found = reconciliations.list(filter(type, severity, registry, change), (long) page * size, size);
        var marks = reviews.of(found.items().stream().map(StoredDiscrepancy::key).toList());
        return ResponseEntity.ok(new DiscrepancyPage().runId(found.runId()).page(page).size(size).total(found.total())
                .items(found.items().stream().map(d -> dto(d, marks.get(d.key()))).toList()));
    }

    @Override
    public ResponseEntity<Discrepancy> getDiscrepancy(String key) {
        return reconciliations.find(key).map(d -> ResponseEntity.ok(dto(d, reviews.of(List.of(key)).get(key))))
                .orElseThrow(() -> notFound(key));
    }

    @Override
    public ResponseEntity<Discrepancy> markDiscrepancy(String key, ReviewMarkRequest request) {
        var marked = reviews.mark(key, ReviewMark.Kind.valueOf(request.getMark().getValue()), request.getComment(), SignedIn.name());
        return marked.map(d -> ResponseEntity.ok(dto(d, reviews.of(List.of(key)).get(key)))).orElseThrow(() -> notFound(key));
    }

    @Override
    public ResponseEntity<Void> clearDiscrepancyMark(String key) {
        if (!reviews.clear(key)) {
            throw notFound(key);
        }
        return ResponseEntity.noContent().build();
    }

    private static NotFound notFound(String key) {
        return new NotFound("no discrepancy " + key + " in the latest reconciliation");
    }

    @Override
    public ResponseEntity<Resource> exportDiscrepancies(String format, DiscrepancyType type, Severity severity, String registry,
                                                       DiscrepancyChange change) {
        ETags.notForFiles();
        var chosen = DiscrepancyExport.Format.parse(format);
        var bytes = new ByteArrayOutputStream();
        var writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        DiscrepancyExport.write(reconciliations, filter(type, severity, registry, change), chosen, writer, json,
                PersonalData.shownToCaller());
        var media = chosen == DiscrepancyExport.Format.CSV ? new MediaType("text", "csv", StandardCharsets.UTF_8) : MediaType.APPLICATION_JSON;
        return ResponseEntity.ok().contentType(media)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"discrepancies." + chosen.name().toLowerCase() + "\"")
                .body(new ByteArrayResource(bytes.toByteArray()));
    }

    private static DiscrepancyFilter filter(DiscrepancyType type, Severity severity, String registry, DiscrepancyChange change) {
        return new DiscrepancyFilter(type == null ? null : org.a6gateway.reconciliation.DiscrepancyType.valueOf(type.getValue()),
                severity == null ? null : org.a6gateway.reconciliation.Severity.valueOf(severity.getValue()), registry,
                change == null ? null : Change.valueOf(change.getValue()));
    }

    private static ReconciliationJob dto(ReconcileRuns.JobRun run) {
        var dto = new ReconciliationJob().jobId(run.id()).status(ReconciliationJob.StatusEnum.fromValue(run.status())).error(run.failure());
        if (run.reconciliation() != null) {
            dto.reconciliation(dto(run.reconciliation()));
        }
        return dto;
    }

    private static Reconciliation dto(ReconciliationRun r) {
        return new Reconciliation().runId(r.id()).startedAt(r.startedAt().atOffset(ZoneOffset.UTC))
                .finishedAt(r.finishedAt().atOffset(ZoneOffset.UTC)).found(r.found()).newCount(r.newCount())
                .persisting(r.persisting()).resolved(r.resolved()).byType(r.byType()).scopesCompared(r.scopesCompared());
    }

    private static Discrepancy dto(StoredDiscrepancy row, ReviewMark review) {
        var d = PersonalData.shownToCaller() ? row.discrepancy() : row.discrepancy().withoutPersonalData();
        var dto = dto(row, d);
        if (review == null) {
            return dto;
        }
        // Who marked it and why are an officer's words: an integrator sees that it is marked, and when.
        boolean shown = PersonalData.shownToCaller();
        return dto.review(new org.a6gateway.api.generated.model.ReviewMark().mark(ReviewMarkKind.fromValue(review.mark().name()))
                .comment(shown ? review.comment() : PersonalData.WITHHELD).markedBy(shown ? review.markedBy() : PersonalData.WITHHELD)
                .markedAt(review.markedAt().atOffset(ZoneOffset.UTC))
                .resolvedByRun(row.change() == Change.RESOLVED ? row.runId() : null));
    }

    private static Discrepancy dto(StoredDiscrepancy row, org.a6gateway.reconciliation.Discrepancy d) {
        return new Discrepancy().key(row.key()).type(DiscrepancyType.fromValue(d.type().name()))
                .severity(Severity.fromValue(d.severity().name())).change(DiscrepancyChange.fromValue(row.change().name()))
                .firstSeenRun(row.firstSeenRun()).registry(d.registry()).issuance(d.issuance()).firstUnit(d.units().start())
                .lastUnit(d.units().end()).quantity(d.quantity()).tonnes(d.tonnes().stripTrailingZeros().toPlainString())
                .subject(d.subject()).privateValue(d.privateValue()).nationalValue(d.nationalValue()).rule(d.type().rule())
                .suggestedAction(d.type().suggestedAction());
    }
}
