package org.a6gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code approvals} from the command line, on the demo synced with the CA flag needing approval:
 * the three proposed flags listed; an officer who names themself approves one (and the list
 * shrinks); a rejection without a reason, or an id not proposed, is refused with a message and a
 * non-zero exit, deciding nothing.
 */
class ApprovalsCommandIT {

    private final String database = "-Pa6.test.database=approvals" + System.nanoTime();

    private CliRun run(String... args) {
        var all = new ArrayList<>(List.of(args));
        all.addAll(List.of(database, "-Pa6.approvals.required=CA_FLAG"));
        return CliRun.of(all.toArray(String[]::new));
    }

    private static List<String> ids(CliRun list) {
        return list.out().lines().filter(l -> l.matches("\\d+ +CA_FLAG .*")).map(l -> l.split(" +")[0]).toList();
    }

    @Test
    void proposedFlagsAreListedApprovedByANamedOfficerAndABadDecisionDecidesNothing() {
        var sync = run("sync");
        assertThat(sync.exitCode()).as(sync.err()).isZero();
        assertThat(sync.out()).containsPattern("awaiting approval +3");

        var list = run("approvals", "list");
        assertThat(list.exitCode()).as(list.err()).isZero();
        var ids = ids(list);
        assertThat(ids).hasSize(3);
        assertThat(list.out()).contains("3 waiting for approval");

        var noReason = run("approvals", "reject", "--as", "Officer A", ids.get(0));
        assertThat(noReason.exitCode()).isEqualTo(2);
        assertThat(noReason.err()).contains("--comment");

        var unknown = run("approvals", "approve", "--as", "Officer A", ids.get(0), "999999");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("no command 999999", "nothing decided");

        var approved = run("approvals", "approve", "--as", "Officer A", "--comment", "in the BTR", ids.get(0));
        assertThat(approved.exitCode()).as(approved.err()).isZero();
        assertThat(approved.out()).contains("PENDING by cli:Officer A: in the BTR");

        assertThat(ids(run("approvals", "list"))).containsExactlyElementsOf(ids.subList(1, 3));

        var rejected = run("approvals", "reject", "--as", "Officer B", "--comment", "not yet reported", ids.get(1));
        assertThat(rejected.out()).contains("REJECTED by cli:Officer B: not yet reported");
        // the one approved above is not rejected: the whole reopening is refused, the rejected one stays so
        var refused = run("approvals", "reopen", "--as", "Officer B", "--comment", "reported after all", ids.get(1), ids.get(0));
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("not rejected: only a rejected command is reopened", "nothing decided");
        var reopened = run("approvals", "reopen", "--as", "Officer B", "--comment", "reported after all", ids.get(1));
        assertThat(reopened.exitCode()).as(reopened.err()).isZero();
        assertThat(reopened.out()).contains(ids.get(1) + " ").contains("PROPOSED");
    }
}
