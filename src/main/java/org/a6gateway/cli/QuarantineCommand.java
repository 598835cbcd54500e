package org.a6gateway.cli;

import java.util.concurrent.Callable;
import org.a6gateway.quarantine.Quarantine;
import org.springframework.boot.WebApplicationType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The records the registries published that the gateway refused to ingest. */
@Command(name = "quarantine", mixinStandardHelpOptions = true, subcommands = QuarantineCommand.List.class,
        description = "Upstream records refused at ingest, each with its reason, raw text and sync run.")
class QuarantineCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @ParentCommand
    GatewayCommand parent;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List quarantined records, newest first: open ones, or --all with those a valid version resolved.")
    static class List implements Callable<Integer> {

        @Option(names = "--all", description = "Include entries resolved by a later valid version.")
        boolean all;

        @Option(names = "--raw", description = "Also print each record's raw text (truncated, non-ASCII as \\uXXXX).")
        boolean raw;

        @Option(names = "--limit", defaultValue = "100", description = "At most this many entries (default ${DEFAULT-VALUE}).")
        int limit;

        @Mixin
        ContextOptions options = new ContextOptions();

        @Spec
        CommandSpec spec;

        @ParentCommand
        QuarantineCommand quarantine;

        @Override
        public Integer call() {
            try (var context = GatewayContext.start(quarantine.parent.application(), WebApplicationType.NONE, options)) {
                var out = spec.commandLine().getOut();
                out.printf("%-6s %-18s %-24s %-20s %-5s %s%n", "id", "registry", "record", "reason", "run", "detail");
                context.getBean(Quarantine.class).list(all, limit).forEach(e -> {
                    out.printf("%-6d %-18s %-24s %-20s %-5s %s%s%n", e.id(), e.sourceRegistry(),
                            e.recordId() == null ? "-" : e.recordId(), e.reason(), e.lastRun() == null ? "-" : e.lastRun(),
                            e.detail(), e.resolvedAt() == null ? "" : " (resolved " + e.resolvedAt() + ")");
                    if (raw) {
                        out.printf("       %s%n", e.raw());
                    }
                });
                out.flush();
                return 0;
            }
        }
    }
}
