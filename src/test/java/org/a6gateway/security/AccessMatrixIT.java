package org.a6gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.a6gateway.reconciliation.ReconcileRuns;
import org.a6gateway.reconciliation.Reconciliations;
import org.a6gateway.sync.SyncRuns;
import org.a6gateway.testing.ApiAccess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * Every operation of gateway.yaml, called with no credentials and as each role: 401 without
 * credentials, 403 for a role the matrix below does not admit, and the operation's own answer
 * for a role it admits — whatever the method (no GET bypass). The matrix is declared here, apart
 * from the contract's x-a6-roles, so a change to either shows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "a6.test.context=access-matrix")
class AccessMatrixIT {

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> NOBODY = EnumSet.noneOf(Role.class);

    /** Who may call what: OPERATOR runs jobs, GOVERNMENT reports and decides, INTEGRATOR reads, AUDITOR and GOVERNMENT read the ledger. */
    private static final Map<String, Set<Role>> MATRIX = Map.ofEntries(
            Map.entry("startSyncRun", EnumSet.of(Role.OPERATOR)),
            Map.entry("getSyncRun", EVERYONE),
            Map.entry("listSyncRuns", EVERYONE),
            Map.entry("startDryRun", EnumSet.of(Role.OPERATOR, Role.GOVERNMENT)),
            Map.entry("getDryRun", EnumSet.of(Role.OPERATOR, Role.GOVERNMENT, Role.AUDITOR)),
            Map.entry("listDryRunCommands", EnumSet.of(Role.OPERATOR, Role.GOVERNMENT, Role.AUDITOR)),
            Map.entry("markDiscrepancy", EnumSet.of(Role.GOVERNMENT, Role.OPERATOR)),
            Map.entry("clearDiscrepancyMark", EnumSet.of(Role.GOVERNMENT, Role.OPERATOR)),
            Map.entry("listHeldBack", EnumSet.of(Role.GOVERNMENT, Role.OPERATOR, Role.AUDITOR)),
            Map.entry("startReconciliation", EnumSet.of(Role.OPERATOR)),
            Map.entry("getReconciliation", EVERYONE),
            Map.entry("listDiscrepancies", EVERYONE),
            Map.entry("exportDiscrepancies", EVERYONE),
            Map.entry("getDiscrepancy", EVERYONE),
            Map.entry("listReportParties", EnumSet.of(Role.GOVERNMENT)),
            Map.entry("createBtrReport", EnumSet.of(Role.GOVERNMENT)),
            Map.entry("createAefReport", EnumSet.of(Role.GOVERNMENT)),
            Map.entry("getReport", EnumSet.of(Role.GOVERNMENT)),
            Map.entry("downloadReport", EnumSet.of(Role.GOVERNMENT)),
            Map.entry("getBlockBySerial", EVERYONE),
            Map.entry("parseSerial", EVERYONE),
            Map.entry("listBlocks", EVERYONE),
            Map.entry("listItmos", EVERYONE),
            Map.entry("getItmo", EVERYONE),
            Map.entry("listAuthorizations", EVERYONE),
            Map.entry("getAuthorization", EVERYONE),
            Map.entry("listJobs", EnumSet.of(Role.OPERATOR, Role.AUDITOR)),
            Map.entry("launchJob", EnumSet.of(Role.OPERATOR)),
            Map.entry("getJobExecution", EnumSet.of(Role.OPERATOR, Role.AUDITOR)),
            Map.entry("restartJobExecution", EnumSet.of(Role.OPERATOR)),
            Map.entry("stopJobExecution", EnumSet.of(Role.OPERATOR)),
            Map.entry("listLedgerEvents", EnumSet.of(Role.AUDITOR, Role.GOVERNMENT)),
            Map.entry("verifyLedger", EnumSet.of(Role.AUDITOR, Role.GOVERNMENT)),
            Map.entry("listOutboxCommands", EnumSet.of(Role.OPERATOR, Role.AUDITOR, Role.GOVERNMENT)),
            Map.entry("listOperatorRequests", EnumSet.of(Role.OPERATOR, Role.GOVERNMENT, Role.AUDITOR)),
            Map.entry("exportOperatorRequests", EnumSet.of(Role.OPERATOR, Role.GOVERNMENT, Role.AUDITOR)),
            Map.entry("replayDeadLetter", EnumSet.of(Role.OPERATOR)),
            Map.entry("listProposedCommands", EnumSet.of(Role.GOVERNMENT, Role.OPERATOR, Role.AUDITOR)),
            Map.entry("decideProposedCommands", EnumSet.of(Role.GOVERNMENT)),
            Map.entry("replayDeadLetters", EnumSet.of(Role.OPERATOR)),
            Map.entry("importRegistryExport", EnumSet.of(Role.OPERATOR, Role.GOVERNMENT)),
            Map.entry("listApiKeys", EnumSet.of(Role.OPERATOR, Role.AUDITOR)),
            Map.entry("revokeApiKey", EnumSet.of(Role.OPERATOR)),
            Map.entry("listReports", EnumSet.of(Role.GOVERNMENT)),
            Map.entry("getSession", EVERYONE),
            Map.entry("listSubscriptions", EVERYONE),
            Map.entry("createSubscription", EVERYONE),
            Map.entry("deleteSubscription", EVERYONE),
            Map.entry("listDeliveries", EVERYONE),
            Map.entry("redeliverNotification", EVERYONE),
            Map.entry("getHealth", NOBODY));

    /**
     * Calls on a record of the caller's own role, sampled with an id that names none: a 404 problem
     * then comes from the operation, past security.
     */
    private static final Set<String> OWN_RECORDS = Set.of("deleteSubscription", "redeliverNotification");

    /** Open to anyone, credentials or not. */
    private static final Set<String> OPEN = Set.of("getHealth");

    record Call(String operationId, HttpMethod method, String path, String body) {
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    SyncRuns syncs;

    @Autowired
    DataSource dataSource;

    @Autowired
    ReconcileRuns reconciliations;

    @Autowired
    Reconciliations discrepancies;

    private final Map<String, Call> calls = new LinkedHashMap<>();

    /**
     * A dry run on record, written as the gateway keeps one: the POST the matrix sends finds the
     * sync it started before still running (409), so it would leave none to read.
     */
    private long dryRunOnRecord() {
        var keys = new GeneratedKeyHolder();
        new JdbcTemplate(dataSource).update(connection -> {
            var insert = connection.prepareStatement("INSERT INTO dry_run (requested_by, started_at, ended_at, status, total,"
                    + " instance) VALUES ('the access matrix', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'COMPLETED', 0, 'here')",
                    new String[] {"id"});
            return insert;
        }, keys);
        return keys.getKey().longValue();
    }

    /** One synced and reconciled store, a report made: every read has something real to return. */
    @BeforeAll
    void somethingToRead() {
        long syncRun = syncs.runNow().id();
        long reconciliation = reconciliations.runNow().id();
        String discrepancy = discrepancies.list(new org.a6gateway.reconciliation.DiscrepancyFilter(null, null, null, null), 0, 1)
                .items().get(0).key();
        long report = report();
        long dryRun = dryRunOnRecord();
        add("startSyncRun", HttpMethod.POST, "/sync-runs", null);
        add("getSyncRun", HttpMethod.GET, "/sync-runs/" + syncRun, null);
        add("startReconciliation", HttpMethod.POST, "/reconciliations", null);
        add("getReconciliation", HttpMethod.GET, "/reconciliations/" + reconciliation, null);
        add("listDiscrepancies", HttpMethod.GET, "/discrepancies?severity=CRITICAL", null);
        add("exportDiscrepancies", HttpMethod.GET, "/discrepancies/export?format=csv", null);
        add("getDiscrepancy", HttpMethod.GET, "/discrepancies/" + discrepancy, null);
        add("listSyncRuns", HttpMethod.GET, "/sync-runs?limit=5", null);
        add("startDryRun", HttpMethod.POST, "/dry-runs", null);
        add("getDryRun", HttpMethod.GET, "/dry-runs/" + dryRun, null);
        add("listDryRunCommands", HttpMethod.GET, "/dry-runs/" + dryRun + "/commands", null);
        add("markDiscrepancy", HttpMethod.PUT, "/discrepancies/" + discrepancy + "/review",
                "{\"mark\":\"UNDER_REVIEW\",\"comment\":\"asked the registry\"}");
        add("clearDiscrepancyMark", HttpMethod.DELETE, "/discrepancies/" + discrepancy + "/review", null);
        add("listHeldBack", HttpMethod.GET, "/held-back?kind=ITMO_ID", null);
        add("listReportParties", HttpMethod.GET, "/reports/parties", null);
        add("createBtrReport", HttpMethod.POST, "/reports/btr", "{\"party\":\"TZA\",\"inventoryYear\":2024,\"format\":\"json\"}");
        add("createAefReport", HttpMethod.POST, "/reports/aef", "{\"party\":\"MDG\",\"year\":2025,\"format\":\"csv\"}");
        add("getReport", HttpMethod.GET, "/reports/" + report, null);
        add("downloadReport", HttpMethod.GET, "/reports/" + report + "/file", null);
        add("getBlockBySerial", HttpMethod.GET, "/blocks/16745-789819583-789840470-VCS-VCU-842-VER-MG-3-2312-01012021-31122021-1", null);
        add("parseSerial", HttpMethod.GET, "/serials/GS1-1-MG-GS11202-16-2021-25339-106-205", null);
        add("getHealth", HttpMethod.GET, "/health", null);
        // An empty page of Verra's new-platform reports: imported once, then "already imported", both 200.
        add("importRegistryExport", HttpMethod.POST, "/registry-exports?fileName=empty.json", "{\"issuances\":{\"entities\":[]}}");
        add("listApiKeys", HttpMethod.GET, "/api-keys", null);
        // A key of its own, so that revoking it (again: the answer is the same) costs no caller its key.
        add("revokeApiKey", HttpMethod.POST, "/api-keys/" + context.getBean(ApiKeys.class).create(Role.INTEGRATOR, "revoked by the matrix")
                .key().id() + "/revoke", null);
        var reader = ApiAccess.http(context, port, "INTEGRATOR");
        String itmo = reader.get().uri("/itmos?size=1").retrieve().body(com.fasterxml.jackson.databind.JsonNode.class)
                .at("/items/0/firstItmoId").asText();
        String authorization = reader.get().uri("/authorizations?size=1").retrieve().body(com.fasterxml.jackson.databind.JsonNode.class)
                .at("/items/0/authorizationId").asText();
        add("listBlocks", HttpMethod.GET, "/blocks?registry=GS&size=5", null);
        add("listItmos", HttpMethod.GET, "/itmos?size=5", null);
        add("getItmo", HttpMethod.GET, "/itmos/" + itmo, null);
        add("listAuthorizations", HttpMethod.GET, "/authorizations?party=TZA", null);
        add("getAuthorization", HttpMethod.GET, "/authorizations/" + authorization, null);
        add("listJobs", HttpMethod.GET, "/jobs", null);
        add("launchJob", HttpMethod.POST, "/jobs/reconcile/executions", null);
        // A completed execution: restart and stop answer 409, past security.
        add("getJobExecution", HttpMethod.GET, "/job-executions/" + reconciliation, null);
        add("restartJobExecution", HttpMethod.POST, "/job-executions/" + reconciliation + "/restart", null);
        add("stopJobExecution", HttpMethod.POST, "/job-executions/" + reconciliation + "/stop", null);
        add("listLedgerEvents", HttpMethod.GET, "/ledger/events?limit=10", null);
        add("verifyLedger", HttpMethod.GET, "/ledger/verification", null);
        add("listOutboxCommands", HttpMethod.GET, "/outbox/commands?size=10", null);
        add("listOperatorRequests", HttpMethod.GET, "/requests", null);
        add("exportOperatorRequests", HttpMethod.GET, "/requests/export", null);
        add("replayDeadLetter", HttpMethod.POST, "/outbox/commands/1/replay", null);
        add("replayDeadLetters", HttpMethod.POST, "/outbox/dead-letters/replay?registry=vcm-registry", null);
        add("listProposedCommands", HttpMethod.GET, "/approvals", null);
        // No command is proposed here: the decision answers 409, past security.
        add("decideProposedCommands", HttpMethod.POST, "/approvals", "{\"commandIds\":[1],\"decision\":\"APPROVE\"}");
        add("listReports", HttpMethod.GET, "/reports?limit=5", null);
        add("getSession", HttpMethod.GET, "/session", null);
        add("listSubscriptions", HttpMethod.GET, "/notifications/subscriptions", null);
        // Only a failed run would be told, to a port nobody listens on: the syncs this test starts are not slowed.
        add("createSubscription", HttpMethod.POST, "/notifications/subscriptions",
                "{\"channel\":\"WEBHOOK\",\"target\":\"http://127.0.0.1:9/hook\",\"events\":[\"RUN_FAILED\"]}");
        add("deleteSubscription", HttpMethod.DELETE, "/notifications/subscriptions/999999", null);
        add("listDeliveries", HttpMethod.GET, "/notifications/deliveries?limit=5", null);
        add("redeliverNotification", HttpMethod.POST, "/notifications/deliveries/999999/redeliver", null);
    }

    private long report() {
        var http = ApiAccess.http(context, port, "GOVERNMENT");
        var job = http.post().uri("/reports/aef").contentType(MediaType.APPLICATION_JSON)
                .body("{\"party\":\"MDG\",\"year\":2025,\"format\":\"csv\"}").retrieve().body(Map.class);
        long id = ((Number) job.get("jobId")).longValue();
        await().atMost(Duration.ofMinutes(5)).until(
                () -> http.get().uri("/reports/{id}", id).retrieve().body(Map.class).get("status"), "COMPLETED"::equals);
        return id;
    }

    private void add(String operationId, HttpMethod method, String path, String body) {
        calls.put(operationId, new Call(operationId, method, path, body));
    }

    @Test
    void theMatrixAndTheCallsCoverEveryOperationOfTheContract() throws IOException {
        Set<String> contract = new TreeSet<>();
        try (InputStream in = Files.newInputStream(Path.of("openapi/gateway.yaml"))) {
            OperationRoles.read(in).operations().forEach(op -> contract.add(op.operationId()));
        }
        assertThat(new TreeSet<>(MATRIX.keySet())).as("the declared matrix").isEqualTo(contract);
        assertThat(new TreeSet<>(calls.keySet())).as("a sample call per operation").isEqualTo(contract);
    }

    @Test
    void theContractDeclaresTheRolesOfTheMatrix() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("openapi/gateway.yaml"))) {
            for (var op : OperationRoles.read(in).operations()) {
                assertThat(op.open()).as(op.operationId() + " open").isEqualTo(OPEN.contains(op.operationId()));
                assertThat(op.roles()).as(op.operationId() + " roles").isEqualTo(MATRIX.get(op.operationId()));
            }
        }
    }

    @Test
    void everyOperationTimesEveryCallerAnswersAsTheMatrixSays() {
        var wrong = new ArrayList<String>();
        for (Call call : calls.values()) {
            int anonymous = send(ApiAccess.anonymous(context, port), call).getStatusCode().value();
            boolean open = OPEN.contains(call.operationId());
            if (open ? !admitted(anonymous) : anonymous != 401) {
                wrong.add(call.operationId() + " without credentials: " + anonymous);
            }
            for (Role role : Role.values()) {
                var response = send(ApiAccess.http(context, port, role.name()), call);
                int status = response.getStatusCode().value();
                boolean allowed = open || MATRIX.get(call.operationId()).contains(role);
                boolean answered = admitted(status) || OWN_RECORDS.contains(call.operationId()) && status == 404;
                if (allowed ? !answered : status != 403) {
                    wrong.add(call.operationId() + " as " + role + ": " + status + " " + response.getBody());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aGovernmentKeyLimitedToOnePartyOrdersAndFetchesThatPartysReportsOnly() {
        var tanzania = withKey(context.getBean(ApiKeys.class).create(Role.GOVERNMENT, "tanzania desk", null, "TZA").secret());
        var parties = send(tanzania, new Call("listReportParties", HttpMethod.GET, "/reports/parties", null));
        assertThat(parties.getBody()).contains("\"TZA\"").doesNotContain("\"MDG\"");
        assertThat(send(tanzania, calls.get("createBtrReport")).getStatusCode().value()).isEqualTo(202);

        var elsewhere = List.of(calls.get("createAefReport"), calls.get("getReport"), calls.get("downloadReport"));
        for (Call call : elsewhere) {
            var refused = send(tanzania, call);
            assertThat(refused.getStatusCode().value()).as(call.operationId()).isEqualTo(403);
            assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(refused.getBody()).contains("TZA");
        }
        assertThat(send(tanzania, calls.get("listReports")).getBody()).contains("\"TZA\"").doesNotContain("\"MDG\"");
        assertThat(send(tanzania, calls.get("getSession")).getBody()).contains("\"parties\":[\"TZA\"]", "tanzania desk");
        assertThat(send(ApiAccess.http(context, port, "GOVERNMENT"), calls.get("getReport")).getStatusCode().value())
                .as("a key of no Party reaches every Party").isEqualTo(200);
    }

    @Test
    void aRevokedOrMadeUpKeyIsRefusedAsUnauthorizedWithAProblem() {
        var keys = context.getBean(ApiKeys.class);
        var issued = keys.create(Role.OPERATOR, "to revoke");
        var call = calls.get("getSyncRun");
        assertThat(send(withKey(issued.secret()), call).getStatusCode().value()).isEqualTo(200);

        keys.revoke(issued.key().id());

        for (String secret : List.of(issued.secret(), "a6k_made-up", "", "x".repeat(500))) {
            var response = send(withKey(secret), call);
            assertThat(response.getStatusCode().value()).as(secret).isEqualTo(401);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("ApiKey");
        }
    }

    @Test
    void aPathTheContractDoesNotNameNeedsCredentialsAndIsThenNotFound() {
        var call = new Call("none", HttpMethod.GET, "/not-an-operation", null);
        assertThat(send(ApiAccess.anonymous(context, port), call).getStatusCode().value()).isEqualTo(401);
        for (Role role : Role.values()) {
            assertThat(send(ApiAccess.http(context, port, role.name()), call).getStatusCode().value()).as(role.name()).isEqualTo(404);
        }
    }

    @Test
    void metricsNeedAnOperatorOrAuditorAndHealthAndTheDocumentationAreOpen() {
        var root = RestClient.builder().baseUrl("http://localhost:" + port).defaultStatusHandler(s -> true, (q, r) -> { }).build();
        assertThat(root.get().uri("/actuator/prometheus").retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(401);
        assertThat(root.get().uri("/actuator/prometheus").header(ApiAccess.KEY_HEADER, ApiAccess.key(context, "INTEGRATOR"))
                .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(403);
        assertThat(root.get().uri("/actuator/prometheus").header(ApiAccess.KEY_HEADER, ApiAccess.key(context, "AUDITOR"))
                .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(200);
        for (String open : List.of("/actuator/health", "/openapi/gateway.yaml", "/v3/api-docs", "/swagger-ui/index.html", "/reports.html")) {
            assertThat(root.get().uri(open).retrieve().toBodilessEntity().getStatusCode().value()).as(open).isEqualTo(200);
        }
    }

    /** The operation itself answered: not a refusal, not a server error. */
    private static boolean admitted(int status) {
        return status != 401 && status != 403 && status < 500 && (status < 300 || status == 409);
    }

    private RestClient withKey(String secret) {
        return ApiAccess.anonymous(context, port).mutate().defaultHeader(ApiAccess.KEY_HEADER, secret).build();
    }

    private static ResponseEntity<String> send(RestClient http, Call call) {
        var request = http.method(call.method()).uri(call.path());
        if (call.body() != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(call.body());
        }
        return request.retrieve().toEntity(String.class);
    }
}
