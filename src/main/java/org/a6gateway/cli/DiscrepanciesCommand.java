package org.a6gateway.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.a6gateway.reconciliation.Change;
import org.a6gateway.reconciliation.DiscrepancyExport;
import org.a6gateway.reconciliation.DiscrepancyFilter;
import org.a6gateway.reconciliation.DiscrepancyType;
import org.a6gateway.reconciliation.Reconciliations;
import org.a6gateway.reconciliation.Severity;
import org.a6gateway.reconciliation.StoredDiscrepancy;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The latest reconciliation's discrepancies: a list, one in full, or a file. */
@Command(name = "discrepancies", mixinStandardHelpOptions = true,
        subcommands = {DiscrepanciesCommand.List.class, DiscrepanciesCommand.Show.class, DiscrepanciesCommand.Export.class},
        description = "The latest reconciliation's discrepancies, worst first.")
class DiscrepanciesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @ParentCommand
    GatewayCommand parent;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The filters list and export share. */
    static class Filters {
        @Option(names = "--type", description = "Only this type (${COMPLETION-CANDIDATES}).")
        DiscrepancyType type;

        @Option(names = "--severity", description = "Only this severity (${COMPLETION-CANDIDATES}).")
        Severity severity;

        @Option(names = "--registry", description = "Only units of this underlying registry (GS, VCS, KVS, ...).")
        String registry;

        @Option(names = "--change", description = "NEW, PERSISTING or RESOLVED; default: the current ones (new and persisting).")
        Change change;

        DiscrepancyFilter filter() {
            return new DiscrepancyFilter(type, severity, registry, change);
        }
    }

    /**
     * What every subcommand shares: the context options, the parent (for the application class),
     * the gateway's store, one way to refuse, and the refusal when no reconciliation has run yet.
     */
    abstract static class OnLatestRun implements Callable<Integer> {

        static final String NO_RUN_YET = "no reconciliation yet: run 'reconcile' or 'sync' first";

        @Mixin
        ContextOptions options = new ContextOptions();

        @Spec
        CommandSpec spec;

        @ParentCommand
        DiscrepanciesCommand parent;

        @Override
        public Integer call() throws Exception {
            try (var context = GatewayContext.start(parent.parent.application(), WebApplicationType.NONE, options)) {
                var reconciliations = context.getBean(Reconciliations.class);
                if (reconciliations.latest().isEmpty()) {
                    return refuse(NO_RUN_YET);
                }
                PrintWriter out = spec.commandLine().getOut();
                int code = run(context, reconciliations, out);
                out.flush();
                return code;
            }
        }

        abstract int run(ConfigurableApplicationContext context, Reconciliations reconciliations, PrintWriter out)
                throws Exception;

        int refuse(String line) {
            return Failures.report(spec.commandLine().getErr(), line, java.util.Collections.emptyList(), options.verbose);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List discrepancies, one line each.")
    static class List extends OnLatestRun {

        @Mixin
        Filters filters = new Filters();

        @Option(names = "--limit", defaultValue = "50", description = "At most this many (default ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--offset", defaultValue = "0", description = "Skip this many first.")
        long offset;

        @Override
        int run(ConfigurableApplicationContext context, Reconciliations reconciliations, PrintWriter out) {
            var page = reconciliations.list(filters.filter(), offset, Math.max(1, limit));
            out.printf("reconciliation run %d: %d of %d discrepancies%n", page.runId(), page.items().size(), page.total());
            out.printf("%-16s %-10s %-8s %-27s %-12s %-23s %s%n", "key", "change", "severity", "type", "registry/iss.",
                    "units", "subject");
            page.items().forEach(row -> out.println(line(row)));
            return 0;
        }

        private static String line(StoredDiscrepancy row) {
            var d = row.discrepancy();
            String where = d.registry() + (d.issuance() == null ? "" : " " + d.issuance());
            return String.format("%-16s %-10s %-8s %-27s %-12s %-23s %s", row.key(), row.change(), d.severity(), d.type(),
                    where, d.units(), d.subject());
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One discrepancy in full, by its key.")
    static class Show extends OnLatestRun {

        @Parameters(paramLabel = "KEY", description = "The discrepancy's key, as 'discrepancies list' prints it.")
        String key;

        @Override
        int run(ConfigurableApplicationContext context, Reconciliations reconciliations, PrintWriter out) {
            var found = reconciliations.find(key);
            if (found.isEmpty()) {
                return refuse("no discrepancy " + key + " in the latest reconciliation");
            }
            var values = DiscrepancyExport.values(found.get());
            for (int i = 0; i < DiscrepancyExport.COLUMNS.size(); i++) {
                out.printf("%-17s %s%n", DiscrepancyExport.COLUMNS.get(i).replace('_', ' '), values.get(i) == null ? "—" : values.get(i));
            }
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write discrepancies as CSV or JSON (to a file or standard output).")
    static class Export extends OnLatestRun {

        @Mixin
        Filters filters = new Filters();

        @Option(names = "--format", defaultValue = "csv", description = "csv or json (default ${DEFAULT-VALUE}).")
        String format;

        @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to this file instead of standard output.")
        Path file;

        @Override
        public Integer call() throws Exception {
            try {
                DiscrepancyExport.Format.parse(format);
            } catch (IllegalArgumentException e) {
                return refuse(e.getMessage()); // before a context is started for nothing
            }
            return super.call();
        }

        @Override
        int run(ConfigurableApplicationContext context, Reconciliations reconciliations, PrintWriter out) throws IOException {
            try (Writer target = file == null ? new NonClosing(out)
                    : new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
                long written = DiscrepancyExport.write(reconciliations, filters.filter(), DiscrepancyExport.Format.parse(format),
                        target, context.getBean(ObjectMapper.class));
                if (file != null) {
                    spec.commandLine().getErr().printf("%d discrepancies written to %s%n", written, file);
                }
            }
            return 0;
        }
    }

    /** Standard output stays open after an export to it. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
