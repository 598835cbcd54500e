package org.a6gateway.cli;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.a6gateway.feeds.IngestProgress;
import org.a6gateway.sync.SyncRun;
import org.a6gateway.sync.SyncRuns;
import org.a6gateway.sync.SyncSummary;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The main job: ingest both registries, match blocks to authorizations, print what the gateway holds. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"The main job: ingest both registries and match every block to its authorization.",
                "Prints a summary (blocks, credits, host countries, authorizations, matched, unmatched);",
                "progress and errors go to standard error. Exit code 0 when the run completed, 1 when it failed,",
                "3 when it completed without a registry it could not read (set aside; the summary says why)."})
class SyncCommand implements Callable<Integer> {

    /** Exit code of a run that completed without a registry it could not read. */
    static final int PARTIAL = 3;

    @Option(names = "--restart", description = "Restart the latest run if it did not complete (failed, or"
            + " interrupted because its process died): completed steps are skipped, the rest resumes.")
    boolean restart;

    @Option(names = "--json", description = "Print the summary as one JSON object on standard output, nothing else.")
    boolean json;

    @Option(names = "--dry-run", description = "List every command this run would send, and send none: the run goes"
            + " to copies of the store and of the registries it writes to (read whole, GETs only), which are then dropped.")
    boolean dryRun;

    @Mixin
    ContextOptions options = new ContextOptions();

    @Spec
    CommandSpec spec;

    @ParentCommand
    GatewayCommand parent;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (dryRun) {
            return dryRun(err);
        }
        try (var context = GatewayContext.start(parent.application(), WebApplicationType.NONE, options, progressTo(err))) {
            var runs = context.getBean(SyncRuns.class);
            SyncRun run = restart ? runs.restartInterrupted() : runs.runNow();
            if (!run.completed()) {
                return Failures.report(err, "sync run " + run.id() + " " + run.status().toLowerCase()
                        + ": " + run.failure(), run.failures(), options.verbose);
            }
            print(run, context.getBean(ObjectMapper.class));
            return partial(run, err);
        }
    }

    private int dryRun(PrintWriter err) throws Exception {
        if (restart) {
            throw new IllegalArgumentException("--dry-run starts a run of its own on copies: it cannot --restart one");
        }
        var mapper = new ObjectMapper();
        var report = DryRun.run(parent.application(), options, mapper, progressTo(err));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(mapper.writeValueAsString(report));
        } else {
            new DryRunTable(out).print(report);
        }
        out.flush();
        if (!"COMPLETED".equals(report.status())) {
            err.printf("a6-gateway: the dry run's sync %s: %s%n", report.status().toLowerCase(), report.failure());
            err.flush();
            return 1;
        }
        return 0;
    }

    private void print(SyncRun run, ObjectMapper mapper) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(mapper.writeValueAsString(new JsonSummary(run.id(), run.status(), run.summary())));
        } else {
            new SummaryTable(out).print(run);
        }
        out.flush();
    }

    /** A run that set a registry aside completed the other's work, but not the sync: say so, and exit 3. */
    private static int partial(SyncRun run, PrintWriter err) {
        if (run.summary().complete()) {
            return 0;
        }
        run.summary().unavailable().forEach((registry, why) -> err.printf(
                "a6-gateway: sync run %d completed without %s: %s%n", run.id(), registry, Failures.oneLine(why)));
        err.flush();
        return PARTIAL;
    }

    private static ApplicationListener<PayloadApplicationEvent<IngestProgress>> progressTo(PrintWriter err) {
        return event -> {
            var p = event.getPayload();
            err.printf("%s: page %d, %d records read, %d new, %d changed%n",
                    p.registry(), p.pages(), p.records(), p.inserted(), p.updated());
            err.flush();
        };
    }

    /** The JSON output: the run's id and status, then the summary's fields at the top level. */
    record JsonSummary(long runId, String status, @JsonUnwrapped SyncSummary summary) {
    }
}
