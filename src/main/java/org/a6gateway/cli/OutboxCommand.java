package org.a6gateway.cli;

import java.util.concurrent.Callable;
import org.a6gateway.outbox.Outbox;
import org.springframework.boot.WebApplicationType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The commands waiting for, delivered to, or refused by the registries. */
@Command(name = "outbox", mixinStandardHelpOptions = true, subcommands = {OutboxCommand.List.class, OutboxCommand.Replay.class},
        description = "Commands decided for the registries: pending, delivered and dead-lettered.")
class OutboxCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @ParentCommand
    GatewayCommand parent;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List outbox commands (all, or --dead only).")
    static class List implements Callable<Integer> {

        @Option(names = "--dead", description = "Only the dead-lettered commands.")
        boolean dead;

        @Mixin
        ContextOptions options = new ContextOptions();

        @Spec
        CommandSpec spec;

        @ParentCommand
        OutboxCommand outbox;

        @Override
        public Integer call() {
            try (var context = GatewayContext.start(outbox.parent.application(), WebApplicationType.NONE, options)) {
                var out = spec.commandLine().getOut();
                out.printf("%-6s %-10s %-12s %-8s %s%n", "id", "status", "operation", "attempts", "subject / last error");
                context.getBean(Outbox.class).list(dead).forEach(c -> out.printf("%-6d %-10s %-12s %-8d %s%s%n",
                        c.id(), c.status(), c.operation(), c.attempts(), c.subject(),
                        c.lastError() == null ? "" : " — " + c.lastError()));
                out.flush();
                return 0;
            }
        }
    }

    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = "Put every dead-lettered command back in line; the next sync pushes them.")
    static class Replay implements Callable<Integer> {

        @Mixin
        ContextOptions options = new ContextOptions();

        @Spec
        CommandSpec spec;

        @ParentCommand
        OutboxCommand outbox;

        @Override
        public Integer call() {
            try (var context = GatewayContext.start(outbox.parent.application(), WebApplicationType.NONE, options)) {
                int replayed = context.getBean(Outbox.class).replayDeadLetters();
                spec.commandLine().getOut().printf("%d dead-lettered commands put back in line%n", replayed);
                spec.commandLine().getOut().flush();
                return 0;
            }
        }
    }
}
