package org.a6gateway.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.a6gateway.exports.ExportFormat;
import org.a6gateway.exports.ExportImports;
import org.a6gateway.exports.ImportReport;
import org.springframework.boot.WebApplicationType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** One registry export file, imported as the inbox would: once per content, bad rows reported by line. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a registry's public export (Verra or Gold Standard; CSV, XLSX or JSON).",
                "Prints the report: rows read, new, changed, unchanged and refused (each with its line and reason),",
                "and every Article 6 or CORSIA label found with whether it matches an authorization.",
                "Exit code 0 when imported (or already imported), 3 when some rows were refused, 1 when the file",
                "could not be imported at all."})
class ImportCommand implements Callable<Integer> {

    static final int ROWS_REFUSED = 3;

    @Parameters(index = "0", paramLabel = "FILE", description = "The export file.")
    Path file;

    @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT",
            description = "auto (told from the content), or one of: verra-vcus, verra-api, verra-reports, gs-issuances,"
                    + " gs-retirements, gs-api-credits, gs-projects (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--json", description = "Print the report as one JSON object on standard output.")
    boolean json;

    @Mixin
    ContextOptions options = new ContextOptions();

    @Spec
    CommandSpec spec;

    @ParentCommand
    GatewayCommand parent;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        ExportFormat chosen;
        try {
            chosen = "auto".equals(format) ? null : ExportFormat.ofOption(format);
        } catch (IllegalArgumentException e) {
            return Failures.report(err, e.getMessage(), List.of(e), options.verbose);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return Failures.report(err, "cannot read " + file + ": no such readable file", List.of(), options.verbose);
        }
        try (var context = GatewayContext.start(parent.application(), WebApplicationType.NONE, options)) {
            var report = context.getBean(ExportImports.class).importFile(file.getFileName().toString(), file, chosen);
            print(report, context.getBean(ObjectMapper.class));
            if (report.status() == ImportReport.Status.FAILED) {
                return Failures.report(err, "import of " + file + " failed: " + report.failure(), List.of(), false);
            }
            return report.rowsRefused() == 0 ? 0 : ROWS_REFUSED;
        }
    }

    private void print(ImportReport report, ObjectMapper mapper) throws IOException {
        var out = spec.commandLine().getOut();
        out.print(json ? mapper.writeValueAsString(report) + System.lineSeparator() : report.text());
        out.flush();
    }
}
