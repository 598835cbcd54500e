package org.a6gateway.reconciliation;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.a6gateway.reporting.Csv;

/** Writes the latest run's discrepancies as CSV (one header row, RFC 4180 quoting) or a JSON array, streaming. */
public final class DiscrepancyExport {

    public enum Format {
        CSV, JSON;

        public static Format parse(String text) {
            try {
                return valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("export format '" + text + "' is not one of csv, json");
            }
        }
    }

    public static final List<String> COLUMNS = List.of("key", "change", "first_seen_run", "severity", "type", "registry", "issuance",
            "first_unit", "last_unit", "quantity", "tonnes", "subject", "private_value", "national_value", "rule", "suggested_action");

    private DiscrepancyExport() {
    }

    /** Writes every discrepancy the filter keeps; returns how many. */
    public static long write(Reconciliations reconciliations, DiscrepancyFilter filter, Format format, Writer out, ObjectMapper json) {
        return write(reconciliations, filter, format, out, json, true);
    }

    /** The same, holder accounts left out unless {@code personalData} ({@link Discrepancy#withoutPersonalData}). */
    public static long write(Reconciliations reconciliations, DiscrepancyFilter filter, Format format, Writer out, ObjectMapper json,
                             boolean personalData) {
        Reconciliations.Rows rows = personalData ? reconciliations::forEach
                : (f, each) -> reconciliations.forEach(f, row -> each.accept(row.withoutPersonalData()));
        try {
            return format == Format.CSV ? csv(rows, filter, out) : json(rows, filter, out, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long csv(Reconciliations.Rows reconciliations, DiscrepancyFilter filter, Writer out) throws IOException {
        out.write(Csv.line(COLUMNS));
        long[] count = {0};
        reconciliations.forEach(filter, row -> {
            try {
                out.write(Csv.line(values(row).stream().map(v -> v == null ? "" : v).toList()));
                count[0]++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        out.flush();
        return count[0];
    }

    private static long json(Reconciliations.Rows reconciliations, DiscrepancyFilter filter, Writer out, ObjectMapper json) throws IOException {
        long[] count = {0};
        try (JsonGenerator g = json.getFactory().createGenerator(out)) {
            g.writeStartArray();
            reconciliations.forEach(filter, row -> {
                try {
                    g.writeStartObject();
                    var values = values(row);
                    for (int i = 0; i < COLUMNS.size(); i++) {
                        field(g, COLUMNS.get(i), values.get(i));
                    }
                    g.writeEndObject();
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            g.writeEndArray();
        }
        return count[0];
    }

    private static final Set<String> NUMBERS = Set.of("first_seen_run", "first_unit", "last_unit", "quantity");

    /** As the API's Discrepancy: whole numbers as numbers, tonnes as an exact decimal string, absent values left out. */
    private static void field(JsonGenerator g, String column, String value) throws IOException {
        if (value == null) {
            return;
        }
        if (NUMBERS.contains(column)) {
            g.writeNumberField(camel(column), Long.parseLong(value));
        } else {
            g.writeStringField(camel(column), value);
        }
    }

    public static List<String> values(StoredDiscrepancy row) {
        var d = row.discrepancy();
        return Arrays.asList(row.key(), row.change().name(), Long.toString(row.firstSeenRun()), d.severity().name(),
                d.type().name(), d.registry(), d.issuance(), Long.toString(d.units().start()), Long.toString(d.units().end()),
                Long.toString(d.quantity()), d.tonnes().stripTrailingZeros().toPlainString(), d.subject(), d.privateValue(),
                d.nationalValue(), d.type().rule(), d.type().suggestedAction());
    }

    private static String camel(String column) {
        var parts = column.split("_");
        var name = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return name.toString();
    }
}
