package org.a6gateway.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.a6gateway.blocks.BlockStore;
import org.a6gateway.ledger.Ledger;
import org.a6gateway.ledger.LedgerRecord;
import org.a6gateway.sync.SyncRun;
import org.a6gateway.sync.SyncRuns;
import org.a6gateway.testing.ApiAccess;
import org.a6gateway.units.LabelCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;

/**
 * The demo synced with the "correspondingly adjusted" label needing an officer's approval: its
 * three CA flags wait as proposed and reach no registry; a GOVERNMENT user approves two and
 * rejects one with a comment (no other role may decide); the next sync sends exactly the two, the
 * ledger saying who approved; the rejected one stays rejected, with its comment, and is not
 * proposed again, until an officer reopens it: approved then, it goes in line to be sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"a6.test.database=approvals", "a6.approvals.required=CA_FLAG"})
class ApprovalsIT {

    private static final String CA = LabelCode.A6_CORRESPONDINGLY_ADJUSTED.name();

    @Autowired
    SyncRuns syncs;
    @Autowired
    Ledger ledger;
    @Autowired
    BlockStore blocks;
    @Autowired
    ApplicationContext context;
    @LocalServerPort
    int port;

    @Test
    void caFlagsWaitForAnOfficerAndOnlyTheApprovedOnesAreSent() {
        var first = completed(syncs.runNow());
        assertThat(first.summary().awaitingApproval()).isEqualTo(3);
        assertThat(first.summary().caFlagsApplied()).isEqualTo(3);
        assertThat(delivered(CA)).as("no CA flag sent before approval").isEmpty();

        var government = ApiAccess.http(context, port, "GOVERNMENT");
        JsonNode proposed = government.get().uri("/approvals").retrieve().body(JsonNode.class);
        assertThat(proposed.path("items")).hasSize(3).allSatisfy(c -> {
            assertThat(c.path("kind").asText()).isEqualTo("CA_FLAG");
            assertThat(c.path("state").asText()).isEqualTo("PROPOSED");
        });
        long one = proposed.path("items").get(0).path("id").asLong();
        long two = proposed.path("items").get(1).path("id").asLong();
        long three = proposed.path("items").get(2).path("id").asLong();
        String rejectedSubject = proposed.path("items").get(2).path("subject").asText();

        for (String role : List.of("OPERATOR", "INTEGRATOR", "AUDITOR")) {
            var refused = ApiAccess.http(context, port, role).post().uri("/approvals").contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("commandIds", List.of(one), "decision", "APPROVE")).retrieve().toBodilessEntity();
            assertThat(refused.getStatusCode().value()).as(role).isEqualTo(403);
        }
        var noReason = decide(List.of(three), "REJECT", null);
        assertThat(noReason.getStatusCode().value()).as("a rejection says why").isEqualTo(400);
        var unknown = decide(List.of(one, 999_999L), "APPROVE", "fine");
        assertThat(unknown.getStatusCode().value()).as("all or none").isEqualTo(404);

        assertThat(decide(List.of(one, two), "APPROVE", "reported in the BTR of 2026").getStatusCode().value()).isEqualTo(200);
        assertThat(decide(List.of(three), "REJECT", "adjustment not yet in the BTR").getStatusCode().value()).isEqualTo(200);
        assertThat(decide(List.of(one), "APPROVE", "again").getStatusCode().value()).as("decided once").isEqualTo(409);
        var approvedSubjects = List.of(proposed.path("items").get(0).path("subject").asText(),
                proposed.path("items").get(1).path("subject").asText());

        var second = completed(syncs.runNow());

        assertThat(delivered(CA)).extracting(LedgerRecord::subject).containsExactlyInAnyOrderElementsOf(approvedSubjects);
        assertThat(events("COMMAND_APPROVED")).hasSize(2)
                .allSatisfy(e -> assertThat(e.cause()).startsWith("approved by api-key:").endsWith("reported in the BTR of 2026"));
        assertThat(events("COMMAND_REJECTED")).singleElement().satisfies(e -> {
            assertThat(e.subject()).isEqualTo(rejectedSubject);
            assertThat(e.cause()).contains("adjustment not yet in the BTR");
        });
        assertThat(carriesCa(approvedSubjects.get(0))).isTrue();
        assertThat(carriesCa(approvedSubjects.get(1))).isTrue();
        assertThat(carriesCa(rejectedSubject)).isFalse();
        assertThat(second.summary().awaitingApproval()).as("the rejected flag is not proposed again").isZero();

        JsonNode rejected = ApiAccess.http(context, port, "AUDITOR").get().uri("/outbox/commands?state=REJECTED").retrieve().body(JsonNode.class);
        assertThat(rejected.path("items")).singleElement().satisfies(c -> {
            assertThat(c.path("id").asLong()).isEqualTo(three);
            assertThat(c.path("decisionComment").asText()).isEqualTo("adjustment not yet in the BTR");
            assertThat(c.path("decidedBy").asText()).startsWith("api-key:");
        });

        reopenedThenApprovedIsSent(three, one, rejectedSubject);
    }

    /** A rejection reopened (with why) waits as proposed again; approved then, it is in line to be sent. */
    private void reopenedThenApprovedIsSent(long rejected, long delivered, String subject) {
        assertThat(decide(List.of(rejected), "REOPEN", null).getStatusCode().value()).as("a reopening says why").isEqualTo(400);
        assertThat(decide(List.of(delivered), "REOPEN", "again").getStatusCode().value()).as("only a rejected command").isEqualTo(409);
        assertThat(ApiAccess.http(context, port, "OPERATOR").post().uri("/approvals").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("commandIds", List.of(rejected), "decision", "REOPEN", "comment", "x")).retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(403);
        assertThat(decide(List.of(rejected), "REOPEN", "the adjustment is in the BTR now").getStatusCode().value()).isEqualTo(200);
        assertThat(events("COMMAND_REOPENED")).singleElement().satisfies(e -> {
            assertThat(e.subject()).isEqualTo(subject);
            assertThat(e.cause()).startsWith("reopened by api-key:").contains("the adjustment is in the BTR now");
        });
        JsonNode proposed = ApiAccess.http(context, port, "GOVERNMENT").get().uri("/approvals").retrieve().body(JsonNode.class);
        assertThat(proposed.path("items")).singleElement().satisfies(c -> {
            assertThat(c.path("id").asLong()).isEqualTo(rejected);
            assertThat(c.path("decidedBy").isMissingNode() || c.path("decidedBy").isNull()).as("undecided again").isTrue();
        });
        assertThat(delivered(CA)).as("not sent while proposed").hasSize(2);

        assertThat(decide(List.of(rejected), "APPROVE", "reported").getStatusCode().value()).isEqualTo(200);
        JsonNode pending = ApiAccess.http(context, port, "AUDITOR").get().uri("/outbox/commands?state=PENDING").retrieve()
                .body(JsonNode.class);
        assertThat(pending.path("items")).as("in line for the next sync's delivery").singleElement()
                .satisfies(c -> assertThat(c.path("id").asLong()).isEqualTo(rejected));
    }

    private org.springframework.http.ResponseEntity<Void> decide(List<Long> ids, String decision, String comment) {
        var body = new HashMap<String, Object>(Map.of("commandIds", ids, "decision", decision));
        if (comment != null) {
            body.put("comment", comment);
        }
        return ApiAccess.http(context, port, "GOVERNMENT").post().uri("/approvals").contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().toBodilessEntity();
    }

    private static SyncRun completed(SyncRun run) {
        assertThat(run.status()).as(String.valueOf(run.failure())).isEqualTo("COMPLETED");
        return run;
    }

    private List<LedgerRecord> events(String kind) {
        return ledger.after(0, 100_000).stream().filter(e -> e.kind().equals(kind)).toList();
    }

    private List<LedgerRecord> delivered(String code) {
        return events(Operations.APPLY_LABEL).stream().filter(e -> e.subject().endsWith(" " + code)).toList();
    }

    /** Whether the block the command's subject ({@code program issuance range code}) names carries the CA label, as read back. */
    private boolean carriesCa(String subject) {
        var parts = subject.split(" ");
        var found = new boolean[1];
        blocks.forEach(b -> {
            if (b.program().equals(parts[0]) && b.issuanceId().equals(parts[1]) && b.range().toString().equals(parts[2])
                    && b.labels().stream().anyMatch(l -> l.code().equals(CA))) {
                found[0] = true;
            }
        });
        return found[0];
    }
}
