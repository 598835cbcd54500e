package org.a6gateway.reporting;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The AEF as one CSV file (RFC 4180): each table under a line with its title, then its column
 * names and rows, a blank line between tables; the checks last, as a table of their own.
 */
public final class AefCsv implements AefSink {

    private final Writer out;
    private boolean first = true;

    public AefCsv(Writer out) {
        this.out = out;
    }

    @Override
    public void startTable(AefTable table) throws IOException {
        if (!first) {
            out.write("\r\n");
        }
        first = false;
        line(List.of(table.title()));
        line(table.columns());
    }

    @Override
    public void row(List<Object> values) throws IOException {
        line(values.stream().map(Object::toString).toList());
    }

    @Override
    public void endTable() {
        // Tables are separated when the next one starts.
    }

    @Override
    public void finish(List<PreSubmissionCheck> checks) throws IOException {
        out.write("\r\n");
        line(List.of("Pre-submission checks"));
        line(List.of("Check", "Result", "Where", "Detail"));
        for (PreSubmissionCheck check : checks) {
            line(List.of(check.name(), check.passed() ? "passed" : check.failures().size() + " failing", "", check.rule()));
            for (PreSubmissionCheck.Failure f : check.failures()) {
                line(List.of(check.name(), "fails", f.where(), f.detail()));
            }
        }
        out.flush();
    }

    private void line(List<String> cells) throws IOException {
        out.write(Csv.line(cells));
    }
}
