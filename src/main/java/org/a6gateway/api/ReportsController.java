package org.a6gateway.api;

import java.net.URI;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.a6gateway.api.generated.ReportsApi;
import org.a6gateway.api.generated.model.AefReportRequest;
import org.a6gateway.api.generated.model.BtrReportRequest;
import org.a6gateway.api.generated.model.ReportCheck;
import org.a6gateway.api.generated.model.ReportCheckFailure;
import org.a6gateway.api.generated.model.ReportFormat;
import org.a6gateway.api.generated.model.ReportJob;
import org.a6gateway.api.generated.model.ReportParty;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStore;
import org.a6gateway.reporting.AefRequest;
import org.a6gateway.reporting.CheckOutcome;
import org.a6gateway.reporting.ReportOrder;
import org.a6gateway.reporting.ReportRuns;
import org.a6gateway.reporting.Table4Elections;
import org.a6gateway.reporting.Table4Elections.Method;
import org.a6gateway.reporting.Table4Elections.Mode;
import org.a6gateway.reporting.Table4Elections.Scope;
import org.a6gateway.reporting.Table4Elections.Target;
import org.a6gateway.units.Party;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reports for government staff: ordered (202), polled, downloaded. The order is checked before it is accepted. */
@RestController
@RequestMapping("/api/v1")
class ReportsController implements ReportsApi {

    private final ReportRuns runs;
    private final AuthorizationStore authorizations;

    ReportsController(ReportRuns runs, AuthorizationStore authorizations) {
        this.runs = runs;
        this.authorizations = authorizations;
    }

    @Override
    public ResponseEntity<List<ReportParty>> listReportParties() {
        return ResponseEntity.ok(authorizations.all().stream().map(AuthorizationRecord::party).distinct()
                .filter(SignedIn::reaches)
                .map(code -> Party.find(code).map(p -> new ReportParty().code(p.alpha3()).name(p.name()))
                        .orElse(new ReportParty().code(code).name(code)))
                .sorted(Comparator.comparing(ReportParty::getName)).toList());
    }

    @Override
    public ResponseEntity<ReportJob> createBtrReport(BtrReportRequest request) {
        reachable(request.getParty());
        var span = ReportFigures.years(request.getYears());
        var elections = new Table4Elections(Party.of(request.getParty()), span[0], span[1],
                Table4Elections.parse(Scope.class, request.getScope().getValue(), "scope"),
                Table4Elections.parse(Mode.class, request.getMode().getValue(), "mode"),
                Table4Elections.parse(Target.class, request.getTarget().getValue(), "target"),
                Table4Elections.parse(Method.class, request.getMethod().getValue(), "method"),
                request.getInventoryYear(), ReportFigures.used(request.getUsed()), ReportFigures.inventory(request.getInventory()));
        return accepted(runs.start(ReportOrder.btr(elections, format(request.getFormat())), SignedIn.name()));
    }

    @Override
    public ResponseEntity<ReportJob> createAefReport(AefReportRequest request) {
        reachable(request.getParty());
        var aef = new AefRequest(Party.of(request.getParty()), request.getYear(),
                request.getSubmissionDate() == null ? LocalDate.now() : request.getSubmissionDate(), request.getNdcFirstYear(),
                request.getNdcLastYear());
        return accepted(runs.start(ReportOrder.aef(aef, format(request.getFormat())), SignedIn.name()));
    }

    @Override
    public ResponseEntity<List<ReportJob>> listReports(Integer limit) {
        return ResponseEntity.ok(runs.latest(limit == null ? 50 : limit).stream()
                .filter(run -> SignedIn.reaches(run.order().party().alpha3())).map(ReportsController::dto).toList());
    }

    @Override
    public ResponseEntity<ReportJob> getReport(Long jobId) {
        return ResponseEntity.ok(dto(find(jobId)));
    }

    @Override
    public ResponseEntity<Resource> downloadReport(Long jobId) {
        ETags.notForFiles();
        var run = find(jobId);
        if (!run.completed() || !Files.isRegularFile(run.file())) {
            throw new NotReady("report " + jobId + " is " + run.status().toLowerCase()
                    + (run.failure() == null ? "; poll /api/v1/reports/" + jobId : ": " + run.failure()));
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(run.order().format().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(run.order().fileName()).build().toString())
                .body(new FileSystemResource(run.file()));
    }

    private ReportRuns.ReportRun find(long jobId) {
        var run = runs.find(jobId).orElseThrow(() -> new NotFound("no report job " + jobId));
        String party = run.order().party().alpha3();
        if (!SignedIn.reaches(party)) {
            throw new Forbidden("report " + jobId + " is " + party + "'s; your credential reaches " + SignedIn.parties() + " only");
        }
        return run;
    }

    /** An order for a Party the credential does not reach is refused before anything is checked or started. */
    private static void reachable(String party) {
        if (party != null && !SignedIn.reaches(party.strip().toUpperCase())) {
            throw new Forbidden("your credential reaches the reports of " + SignedIn.parties() + " only, not " + party);
        }
    }

    private static ResponseEntity<ReportJob> accepted(ReportRuns.ReportRun run) {
        return ResponseEntity.accepted().location(URI.create("/api/v1/reports/" + run.id())).body(dto(run));
    }

    private static ReportJob dto(ReportRuns.ReportRun run) {
        var dto = new ReportJob().jobId(run.id()).kind(ReportJob.KindEnum.fromValue(run.order().kind().name().toLowerCase()))
                .format(ReportFormat.fromValue(run.order().format().extension())).status(ReportJob.StatusEnum.fromValue(run.status()))
                .fileName(run.order().fileName()).error(run.failure()).party(run.order().party().alpha3())
                .orderedBy(run.orderedBy()).orderedAt(run.orderedAt() == null ? null : run.orderedAt().atOffset(ZoneOffset.UTC));
        if (run.completed()) {
            dto.download("/api/v1/reports/" + run.id() + "/file");
        }
        return dto.checks(run.checks().stream().map(ReportsController::check).toList());
    }

    private static ReportCheck check(CheckOutcome outcome) {
        return new ReportCheck().name(outcome.name()).rule(outcome.rule())
                .status(outcome.passed() ? ReportCheck.StatusEnum.PASSED : ReportCheck.StatusEnum.FAILED).failures(outcome.failures())
                .examples(outcome.examples().stream().map(f -> new ReportCheckFailure().where(f.where()).detail(f.detail())).toList());
    }

    private static ReportOrder.Format format(ReportFormat format) {
        return format == null ? ReportOrder.Format.XLSX : ReportOrder.Format.parse(format.getValue());
    }
}
