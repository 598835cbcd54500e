package org.a6gateway.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.a6gateway.reporting.AefRequest;
import org.a6gateway.reporting.ReportOrder;
import org.a6gateway.reporting.Reports;
import org.a6gateway.reporting.Table4Elections;
import org.a6gateway.reporting.Table4Elections.Method;
import org.a6gateway.reporting.Table4Elections.Mode;
import org.a6gateway.reporting.Table4Elections.Scope;
import org.a6gateway.reporting.Table4Elections.Target;
import org.a6gateway.units.Party;
import org.springframework.boot.WebApplicationType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Files government staff sign: the AEF tables and the BTR structured summary (Table 4). */
@Command(name = "export", mixinStandardHelpOptions = true, subcommands = {ExportCommand.Aef.class, ExportCommand.Btr.class},
        description = "Reports from what the gateway holds, as xlsx, CSV or JSON.")
class ExportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @ParentCommand
    GatewayCommand parent;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "aef", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"The Agreed Electronic Format for a Party and reported year: T1 submission, T2 authorizations,",
                    "T3 actions, T4 holdings, T5 authorized entities, each T3 row checked, and the checks."})
    static class Aef extends ReportCommand {

        @Option(names = "--year", required = true, paramLabel = "Y", description = "The reported (calendar) year of the actions.")
        int year;

        @Option(names = "--ndc-period", defaultValue = "2021-2030", paramLabel = "FROM-TO", description = "Default ${DEFAULT-VALUE}.")
        String ndcPeriod;

        @Option(names = "--submission-date", paramLabel = "YYYY-MM-DD", description = "Default: today.")
        LocalDate submissionDate;

        @Override
        ReportOrder order() {
            var span = years(ndcPeriod, "--ndc-period");
            return ReportOrder.aef(new AefRequest(Party.of(party), year(Integer.toString(year), "--year"),
                    submissionDate == null ? LocalDate.now() : submissionDate, span[0], span[1]), ReportOrder.Format.parse(format));
        }
    }

    /** What both reports share: the format and where the file goes, the context options, one way to refuse. */
    abstract static class ReportCommand implements Callable<Integer> {

        @Option(names = "--party", required = true, paramLabel = "P", description = "ISO alpha-3 code or English short name.")
        String party;

        @Option(names = "--format", defaultValue = "json", description = "xlsx, csv or json (default ${DEFAULT-VALUE}).")
        String format;

        @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write here (required for xlsx); else standard output.")
        Path out;

        @Mixin
        ContextOptions options = new ContextOptions();

        @Spec
        CommandSpec spec;

        @ParentCommand
        ExportCommand parent;

        /** The order the options make; an IllegalArgumentException says what is wrong with them. */
        abstract ReportOrder order();

        @Override
        public Integer call() throws IOException {
            ReportOrder order;
            try {
                checkFormat(format, out);
                order = order();
            } catch (IllegalArgumentException e) {
                return Failures.report(spec.commandLine().getErr(), e.getMessage(), List.of(), false);
            }
            return write(order, out, spec, parent.parent.application(), options);
        }
    }

    /** Writes the report to the file, or (CSV and JSON) to standard output, and says where it went. */
    static int write(ReportOrder order, Path out, CommandSpec spec, Class<?> application, ContextOptions options) throws IOException {
        try (var context = GatewayContext.start(application, WebApplicationType.NONE, options)) {
            var reports = context.getBean(Reports.class);
            if (out == null) {
                var bytes = new ByteArrayOutputStream();
                reports.write(order, bytes);
                spec.commandLine().getOut().print(bytes.toString(StandardCharsets.UTF_8));
                spec.commandLine().getOut().flush();
            } else {
                try (OutputStream file = Files.newOutputStream(out)) {
                    reports.write(order, file);
                }
                spec.commandLine().getErr().printf("%s written to %s%n", order.fileName(), out);
            }
            return 0;
        }
    }

    static void checkFormat(String format, Path out) {
        if (!List.of("xlsx", "csv", "json").contains(format)) {
            throw new IllegalArgumentException("format '" + format + "' is not one of xlsx, csv, json");
        }
        if (format.equals("xlsx") && out == null) {
            throw new IllegalArgumentException("xlsx needs --out FILE");
        }
    }

    static int[] years(String span, String option) {
        var parts = span.split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException(option + " '" + span + "' is not FROM-TO, e.g. 2021-2026");
        }
        return new int[] {year(parts[0], option), year(parts[1], option)};
    }

    static int year(String text, String option) {
        try {
            int year = Integer.parseInt(text.strip());
            if (year < 1990 || year > 2100) {
                throw new NumberFormatException();
            }
            return year;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": '" + text + "' is not a year between 1990 and 2100");
        }
    }

    @Command(name = "btr", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"The BTR structured summary, Table 4 rows 5-12, for a Party and its NDC years, from the ingested",
                    "blocks and authorizations. States its mode and what the other mode would change."})
    static class Btr extends ReportCommand {

        @Option(names = "--years", defaultValue = "2021-2026", paramLabel = "FROM-TO", description = "NDC years (default ${DEFAULT-VALUE}).")
        String years;

        @Option(names = "--scope", defaultValue = "all", description = "all, or carp: only authorizations on the UNFCCC platform.")
        String scope;

        @Option(names = "--mode", defaultValue = "corrected",
                description = "corrected (default): unresolved first transfers left out and listed; tool-compatible: as the GS/Verra tool v1.")
        String mode;

        @Option(names = "--target", defaultValue = "single-year", description = "single-year or multi-year NDC.")
        String target;

        @Option(names = "--method", defaultValue = "trajectory", description = "trajectory or averaging (single-year NDC).")
        String method;

        @Option(names = "--inventory-year", required = true, paramLabel = "Y", description = "Latest year of GHG inventory data.")
        int inventoryYear;

        @Option(names = "--used", paramLabel = "Y=N", description = "ITMOs used towards the NDC in year Y (row 7); repeatable.")
        List<String> used = new ArrayList<>();

        @Option(names = "--inventory", paramLabel = "Y=N", description = "Inventory emissions of year Y in t CO2e (row 3); repeatable.")
        List<String> inventory = new ArrayList<>();

        @Override
        ReportOrder order() {
            return ReportOrder.btr(elections(), ReportOrder.Format.parse(format));
        }

        private Table4Elections elections() {
            var span = years(years, "--years");
            return new Table4Elections(Party.of(party), span[0], span[1],
                    Table4Elections.parse(Scope.class, scope, "--scope"), Table4Elections.parse(Mode.class, mode, "--mode"),
                    Table4Elections.parse(Target.class, target, "--target"), Table4Elections.parse(Method.class, method, "--method"),
                    inventoryYear, perYear(used, "--used"), perYear(inventory, "--inventory"));
        }

        private static TreeMap<Integer, BigDecimal> perYear(List<String> entries, String option) {
            var byYear = new TreeMap<Integer, BigDecimal>();
            for (String entry : entries) {
                var parts = entry.split("=", 2);
                try {
                    if (parts.length != 2 || byYear.put(year(parts[0], option), new BigDecimal(parts[1].strip())) != null) {
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(option + " '" + entry + "' is not YEAR=TONNES, once per year");
                }
            }
            return byYear;
        }
    }
}
