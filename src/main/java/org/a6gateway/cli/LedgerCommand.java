package org.a6gateway.cli;

import java.util.concurrent.Callable;
import org.a6gateway.ledger.Ledger;
import org.springframework.boot.WebApplicationType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The ledger of changes the gateway made on the registries. */
@Command(name = "ledger", mixinStandardHelpOptions = true, subcommands = LedgerCommand.Verify.class,
        description = "The hash-chained ledger of every change the gateway made on a registry.")
class LedgerCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @ParentCommand
    GatewayCommand parent;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Walk the hash chain and report the first event that was edited, removed or reordered.",
                    "Exit code 0 when the ledger is intact, 3 when it is not."})
    static class Verify implements Callable<Integer> {

        @Mixin
        ContextOptions options = new ContextOptions();

        @Spec
        CommandSpec spec;

        @ParentCommand
        LedgerCommand ledger;

        @Override
        public Integer call() {
            try (var context = GatewayContext.start(ledger.parent.application(), WebApplicationType.NONE, options)) {
                var result = context.getBean(Ledger.class).verify();
                if (result.intact()) {
                    spec.commandLine().getOut().printf("ledger intact: %d events, every hash verified%n", result.events());
                    return 0;
                }
                spec.commandLine().getErr().printf("a6-gateway: ledger broken at event %d: %s%n",
                        result.firstBrokenSequence(), result.problem());
                return 3;
            } finally {
                spec.commandLine().getOut().flush();
                spec.commandLine().getErr().flush();
            }
        }
    }
}
