package org.a6gateway.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.a6gateway.api.generated.DryRunsApi;
import org.a6gateway.api.generated.model.DryRun;
import org.a6gateway.api.generated.model.DryRunCommand;
import org.a6gateway.api.generated.model.DryRunCommandPage;
import org.a6gateway.dryrun.DryRunReport;
import org.a6gateway.dryrun.DryRunView;
import org.a6gateway.dryrun.DryRuns;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class DryRunsController implements DryRunsApi {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final DryRuns dryRuns;
    private final ObjectMapper json;

    DryRunsController(DryRuns dryRuns, ObjectMapper json) {
        this.dryRuns = dryRuns;
        this.json = json;
    }

    @Override
    public ResponseEntity<DryRun> startDryRun() {
        var started = dryRuns.start(SignedIn.name());
        return ResponseEntity.accepted().location(URI.create("/api/v1/dry-runs/" + started.id())).body(dto(started));
    }

    @Override
    public ResponseEntity<DryRun> getDryRun(Long dryRunId) {
        return ResponseEntity.ok(dto(found(dryRunId)));
    }

    @Override
    public ResponseEntity<DryRunCommandPage> listDryRunCommands(Long dryRunId, Integer page, Integer size) {
        var dryRun = found(dryRunId);
        var items = dryRuns.commands(dryRunId, (long) page * size, size).stream().map(this::dto).toList();
        return ResponseEntity.ok(new DryRunCommandPage().page(page).size(size)
                .total(dryRun.total() == null ? 0L : dryRun.total().longValue()).items(items));
    }

    private DryRunView found(long id) {
        return dryRuns.find(id).orElseThrow(() -> new NotFound("no dry run " + id));
    }

    private static DryRun dto(DryRunView view) {
        var dto = new DryRun().dryRunId(view.id()).requestedBy(view.requestedBy()).startedAt(view.startedAt().atOffset(ZoneOffset.UTC))
                .status(DryRun.StatusEnum.fromValue(view.status())).error(view.failure()).total(view.total())
                .notSimulated(new TreeMap<>(view.notSimulated()));
        var counts = new TreeMap<String, Map<String, Integer>>();
        view.byRegistry().forEach((registry, operations) -> counts.put(registry, new TreeMap<>(operations)));
        dto.byRegistry(counts);
        if (view.endedAt() != null) {
            dto.endedAt(view.endedAt().atOffset(ZoneOffset.UTC));
        }
        return dto;
    }

    private DryRunCommand dto(DryRunReport.Command command) {
        return new DryRunCommand().registry(command.registry()).operation(command.operation()).kind(command.kind())
                .subject(command.subject()).payload(json.convertValue(command.payload(), OBJECT))
                .state(DryRunCommand.StateEnum.fromValue(command.state()));
    }
}
