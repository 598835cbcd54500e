package org.a6gateway.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.a6gateway.reconciliation.ReconcileRuns;
import org.a6gateway.reconciliation.ReconciliationRun;
import org.springframework.boot.WebApplicationType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Reconciles what the gateway holds (after the last sync) and prints the discrepancies per type. */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = {"Compare the private registry, the national registry and the gateway's ledger as last synced.",
                "Prints the discrepancies per type and how they compare with the run before; list them with",
                "'discrepancies list'. Exit code 0 when the run completed (whatever it found), 1 when it failed."})
class ReconcileCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print the result as one JSON object on standard output, nothing else.")
    boolean json;

    @Mixin
    ContextOptions options = new ContextOptions();

    @Spec
    CommandSpec spec;

    @ParentCommand
    GatewayCommand parent;

    @Override
    public Integer call() throws Exception {
        try (var context = GatewayContext.start(parent.application(), WebApplicationType.NONE, options)) {
            var run = context.getBean(ReconcileRuns.class).runNow();
            if (!run.completed()) {
                return Failures.report(spec.commandLine().getErr(), "reconciliation " + run.id() + " "
                        + run.status().toLowerCase() + ": " + run.failure(), List.of(), options.verbose);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(context.getBean(ObjectMapper.class).writeValueAsString(run.reconciliation()));
            } else {
                print(out, run.reconciliation());
            }
            out.flush();
            return 0;
        }
    }

    static void print(PrintWriter out, ReconciliationRun r) {
        out.printf("a6-gateway reconcile — run %d: %d discrepancies (%d new, %d persisting, %d resolved since the run before)%n%n",
                r.id(), r.found(), r.newCount(), r.persisting(), r.resolved());
        r.byType().forEach((type, n) -> out.printf("  %-30s %7d%n", type, n));
    }
}
