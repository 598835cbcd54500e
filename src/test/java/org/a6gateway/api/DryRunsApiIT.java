package org.a6gateway.api;

import static org.a6gateway.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.a6gateway.client.api.DryRunsApi;
import org.a6gateway.client.api.OutboxApi;
import org.a6gateway.client.api.SyncApi;
import org.a6gateway.client.model.DryRun;
import org.a6gateway.client.model.DryRunCommand;
import org.a6gateway.client.model.OutboxState;
import org.a6gateway.client.model.SyncRun;
import org.a6gateway.simulator.RegistrySimulators;
import org.a6gateway.testing.ApiAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dry run through the API, beside a running server, on the demo's registries with CA flags
 * needing approval. On a fresh store it lists every command of the first sync, the CA flags as
 * PROPOSED, and the registries hear nothing but reads; the real sync then sends exactly what it
 * listed as WOULD_SEND. (After an officer's approvals, a dry run lists the approved to send:
 * ConsoleBrowserIT.) One dry run at a time; an unknown one is 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"a6.test.database=dry-runs-api", "a6.approvals.required=CA_FLAG", "a6.units.conversions.KVS.MCC=1000"})
class DryRunsApiIT {

    private static final RegistrySimulators REGISTRIES = RegistrySimulators.startDemo(0, 0);

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void registries(DynamicPropertyRegistry properties) {
        int i = 0;
        for (var registry : REGISTRIES.privateBaseUrls().entrySet()) {
            entry(properties, i++, registry.getKey(), "private", registry.getValue());
        }
        entry(properties, i, "national-registry", "national", REGISTRIES.nationalBaseUrl());
    }

    private static void entry(DynamicPropertyRegistry properties, int index, String id, String role, String url) {
        String prefix = "a6.registries[" + index + "].";
        properties.add(prefix + "id", () -> id);
        properties.add(prefix + "role", () -> role);
        properties.add(prefix + "url", () -> url);
    }

    @AfterAll
    static void stopRegistries() {
        REGISTRIES.close();
    }

    @Test
    void anOfficerSeesWhatTheSyncWouldSendBeforeItIsSent() {
        var officer = new DryRunsApi(ApiAccess.client(context, port, "GOVERNMENT"));
        var started = officer.startDryRun();
        assertThat(started.getStatus()).isEqualTo(DryRun.StatusEnum.RUNNING);
        assertProblem(ApiAccess.http(context, port, "OPERATOR").post().uri("/dry-runs").retrieve().toEntity(String.class),
                HttpStatus.CONFLICT, "one runs at a time");

        var first = ended(officer, started.getDryRunId());
        assertThat(first.getStatus()).as(first.getError()).isEqualTo(DryRun.StatusEnum.COMPLETED);
        assertThat(first.getRequestedBy()).isNotBlank();
        assertThat(first.getNotSimulated()).containsOnlyKeys("export inboxes");
        assertThat(first.getByRegistry().values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum())
                .isEqualTo(first.getTotal());
        var listed = commands(officer, first);
        assertThat(listed).hasSize(first.getTotal());
        assertThat(officer.listDryRunCommands(first.getDryRunId(), Integer.MAX_VALUE, 1000).getItems()).as("a page past the end")
                .isEmpty();
        assertThat(writes()).as("the registries heard only reads").isEmpty();
        var sync = new SyncApi(ApiAccess.client(context, port, "OPERATOR"));
        assertThat(sync.listSyncRuns(20)).as("the store is only read").isEmpty();

        var run = synced(sync);
        var wouldSend = keys(listed, "WOULD_SEND");
        var proposed = keys(listed, "PROPOSED");
        assertThat(proposed).as("the CA flags wait for approval").isNotEmpty()
                .allSatisfy(key -> assertThat(key).contains("applyLabel"));
        assertThat(run.getSummary().getPushed()).isEqualTo(wouldSend.size()).isGreaterThan(1000);
        assertThat(run.getSummary().getAwaitingApproval()).isEqualTo(proposed.size());
        assertThat(sent(OutboxState.DELIVERED)).as("registry, operation and subject").isEqualTo(wouldSend);
        assertThat(sent(OutboxState.PROPOSED)).isEqualTo(proposed);
    }

    @Test
    void anUnknownDryRunIsNotFoundAndItsCommandsArePaged() {
        var auditor = ApiAccess.http(context, port, "AUDITOR");
        assertProblem(auditor.get().uri("/dry-runs/999999").retrieve().toEntity(String.class), HttpStatus.NOT_FOUND, "no dry run 999999");
        assertProblem(auditor.get().uri("/dry-runs/999999/commands").retrieve().toEntity(String.class), HttpStatus.NOT_FOUND,
                "no dry run 999999");
        assertProblem(auditor.get().uri("/dry-runs/1/commands?size=1001").retrieve().toEntity(String.class), HttpStatus.BAD_REQUEST,
                "'size'");
        assertThat(ApiAccess.http(context, port, "AUDITOR").post().uri("/dry-runs").retrieve().toEntity(String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private static DryRun ended(DryRunsApi api, long id) {
        return await().atMost(Duration.ofMinutes(5)).until(() -> api.getDryRun(id), d -> d.getStatus() != DryRun.StatusEnum.RUNNING);
    }

    private static List<DryRunCommand> commands(DryRunsApi api, DryRun dryRun) {
        var all = new ArrayList<DryRunCommand>();
        for (int page = 0; all.size() < dryRun.getTotal(); page++) {
            var items = api.listDryRunCommands(dryRun.getDryRunId(), page, 1000).getItems();
            assertThat(items).isNotEmpty();
            all.addAll(items);
        }
        return all;
    }

    private static List<String> keys(List<DryRunCommand> commands, String state) {
        return commands.stream().filter(c -> c.getState().getValue().equals(state))
                .map(c -> c.getRegistry() + " | " + c.getOperation() + " | " + c.getSubject()).sorted().toList();
    }

    private SyncRun synced(SyncApi sync) {
        long id = sync.startSyncRun().getRunId();
        var run = await().atMost(Duration.ofMinutes(5)).until(() -> sync.getSyncRun(id),
                r -> r.getStatus() != SyncRun.StatusEnum.STARTING && r.getStatus() != SyncRun.StatusEnum.STARTED);
        assertThat(run.getStatus()).as(run.getError()).isEqualTo(SyncRun.StatusEnum.COMPLETED);
        return run;
    }

    private List<String> sent(OutboxState state) {
        var outbox = new OutboxApi(ApiAccess.client(context, port, "OPERATOR"));
        var keys = new ArrayList<String>();
        for (int page = 0; ; page++) {
            var items = outbox.listOutboxCommands(null, state, page, 1000).getItems();
            if (items.isEmpty()) {
                break;
            }
            items.forEach(c -> keys.add(c.getRegistry() + " | " + c.getOperation() + " | " + c.getSubject()));
        }
        keys.sort(null);
        return keys;
    }

    private static List<String> writes() {
        var writes = new ArrayList<String>();
        for (WireMockServer server : REGISTRIES.servers()) {
            server.getAllServeEvents().stream().map(e -> e.getRequest().getMethod().getName() + " " + e.getRequest().getUrl())
                    .filter(call -> !call.startsWith("GET ")).forEach(writes::add);
        }
        return writes;
    }

}
