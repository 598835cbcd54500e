package org.a6gateway.cli;

import java.util.concurrent.Callable;
import org.a6gateway.outbox.NoSuchCommand;
import org.a6gateway.outbox.Outbox;
import org.a6gateway.outbox.OutboxView;
import org.springframework.boot.WebApplicationType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The commands waiting for a government officer's approval, and the officer's decision from the
 * command line: the CLI signs no one in, so the officer names themself ({@code --as}), as the
 * ledger records it.
 */
@Command(name = "approvals", mixinStandardHelpOptions = true,
        subcommands = {ApprovalsCommand.List.class, ApprovalsCommand.Approve.class, ApprovalsCommand.Reject.class,
            ApprovalsCommand.Reopen.class},
        description = "Commands proposed for a government officer's approval (a6.approvals.required): list, approve, reject,"
                + " reopen a rejected one.")
class ApprovalsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @ParentCommand
    GatewayCommand parent;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the commands waiting for approval, oldest first.")
    static class List implements Callable<Integer> {

        @Mixin
        ContextOptions options = new ContextOptions();

        @Spec
        CommandSpec spec;

        @ParentCommand
        ApprovalsCommand approvals;

        @Override
        public Integer call() {
            try (var context = GatewayContext.start(approvals.parent.application(), WebApplicationType.NONE, options)) {
                var out = spec.commandLine().getOut();
                var proposed = context.getBean(Outbox.class).proposed();
                out.printf("%-6s %-16s %-18s %-20s %s%n", "id", "kind", "registry", "operation", "subject");
                proposed.forEach(c -> out.printf("%-6d %-16s %-18s %-20s %s%n", c.id(), c.kind(), c.registry(), c.operation(),
                        c.subject()));
                out.printf("%d waiting for approval%n", proposed.size());
                out.flush();
                return 0;
            }
        }
    }

    /** What approving, rejecting and reopening share: the ids, who decides, and why. */
    abstract static class Decide implements Callable<Integer> {

        @Parameters(arity = "1..*", paramLabel = "ID", description = "The proposed commands' ids (approvals list).")
        java.util.List<Long> ids;

        @Option(names = "--as", required = true, paramLabel = "NAME", description = "Who decides, as the ledger records it.")
        String who;

        @Mixin
        ContextOptions options = new ContextOptions();

        @Spec
        CommandSpec spec;

        @ParentCommand
        ApprovalsCommand approvals;

        /** The decision taken on the outbox, all or none. */
        abstract java.util.List<OutboxView> take(Outbox outbox, String by);

        @Override
        public Integer call() {
            try (var context = GatewayContext.start(approvals.parent.application(), WebApplicationType.NONE, options)) {
                var decided = take(context.getBean(Outbox.class), "cli:" + who.strip());
                var out = spec.commandLine().getOut();
                decided.forEach(c -> print(out, c));
                out.flush();
                return 0;
            } catch (NoSuchCommand | org.a6gateway.jobs.TransitionRefused refused) {
                spec.commandLine().getErr().println(refused.getMessage() + ": nothing decided");
                return 1;
            }
        }

        private static void print(java.io.PrintWriter out, OutboxView c) {
            if (c.decidedBy() == null) {
                out.printf("%d %s %s%n", c.id(), c.subject(), c.status());
                return;
            }
            out.printf("%d %s %s by %s%s%n", c.id(), c.subject(), c.status(), c.decidedBy(),
                    c.decisionComment() == null ? "" : ": " + c.decisionComment());
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = "Approve proposed commands: the next sync sends them.")
    static class Approve extends Decide {

        @Option(names = "--comment", description = "Why (kept with the decision and in the ledger).")
        String comment;

        @Override
        java.util.List<OutboxView> take(Outbox outbox, String by) {
            return outbox.decide(ids, true, by, comment);
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true,
            description = "Reject proposed commands: they are never sent, and the same decision is not proposed again.")
    static class Reject extends Decide {

        @Option(names = "--comment", required = true, description = "Why (kept with the decision and in the ledger).")
        String comment;

        @Override
        java.util.List<OutboxView> take(Outbox outbox, String by) {
            return outbox.decide(ids, false, by, comment);
        }
    }

    @Command(name = "reopen", mixinStandardHelpOptions = true,
            description = "Reopen rejected commands: each waits as proposed again for a new decision (a pair stands again).")
    static class Reopen extends Decide {

        @Option(names = "--comment", required = true, description = "Why (kept in the ledger).")
        String comment;

        @Override
        java.util.List<OutboxView> take(Outbox outbox, String by) {
            return outbox.reopen(ids, by, comment);
        }
    }
}
