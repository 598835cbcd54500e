package org.a6gateway.exports;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Tells an export's format from its content, for an inbox that receives every format of its
 * registry: by its ZIP signature, its CSV header, or the first fields of its JSON, read no further.
 */
final class ExportFormats {

    private ExportFormats() {
    }

    static ExportFormat detect(Path file, ExportLimits limits) {
        if (ExportReader.isZip(file)) {
            return ExportFormat.VERRA_VCUS;
        }
        try (var reader = ExportReader.utf8(file)) {
            int first = firstVisible(reader);
            if (first == '{' || first == '[') {
                return json(file, limits);
            }
            var header = new CsvText(reader, limits).next();
            if (header == null) {
                throw new UnreadableExport("the file is empty");
            }
            return csvFormat(header.fields());
        } catch (IOException e) {
            throw ExportReader.unreadableText(e);
        }
    }

    /** The first character that is not white space or a byte order mark; the reader is left where it was. */
    private static int firstVisible(java.io.BufferedReader reader) throws IOException {
        reader.mark(4096);
        int c = reader.read();
        for (int read = 1; (c == '\uFEFF' || Character.isWhitespace(c)) && read < 4096; read++) {
            c = reader.read();
        }
        reader.reset();
        return c;
    }

    private static ExportFormat csvFormat(List<String> header) {
        for (var format : List.of(ExportFormat.VERRA_VCUS, ExportFormat.GS_ISSUANCES, ExportFormat.GS_RETIREMENTS)) {
            try {
                HeaderSets.match(format, header);
                return format;
            } catch (UnreadableExport notThisOne) {
                // try the next format
            }
        }
        throw new UnreadableExport("unknown header set: the file has " + header.size() + " columns " + header
                + "; no format the gateway reads has exactly these (" + ExportFormat.options() + ")");
    }

    private static ExportFormat json(Path file, ExportLimits limits) {
        try (var json = JsonStream.open(file, limits)) {
            var root = json.start();
            var found = root == JsonToken.START_ARRAY ? byFirstRecord(json.firstElement()) : null;
            if (root == JsonToken.START_OBJECT) {
                found = byFields(json);
            }
            if (found == null) {
                throw new UnreadableExport("a JSON file the gateway cannot place: not Verra's search response ('value'), "
                        + "nor its public reports (" + VerraJsonExports.REPORTS + "), nor Gold Standard's credits "
                        + "('serial_number') or projects ('sustaincert_id', 'estimated_annual_credits')");
            }
            return found;
        }
    }

    /** The first field that names a format decides it; the rest of the file is left unread. */
    private static ExportFormat byFields(JsonStream json) {
        ExportFormat[] found = {null};
        json.eachField(name -> {
            if (name.equals("value")) {
                found[0] = ExportFormat.VERRA_API;
            } else if (VerraJsonExports.REPORTS.contains(name)) {
                found[0] = ExportFormat.VERRA_REPORTS;
            } else if (name.equals("data") && json.token() == JsonToken.START_ARRAY) {
                found[0] = byFirstRecord(json.firstElement());
                json.stop();
                return true;
            }
            if (found[0] != null) {
                json.stop();
            }
            return false;
        });
        return found[0];
    }

    private static ExportFormat byFirstRecord(JsonNode first) {
        if (first != null && first.has("serial_number")) {
            return ExportFormat.GS_API_CREDITS;
        }
        if (first != null && first.has("sustaincert_id") && first.has("estimated_annual_credits")) {
            return ExportFormat.GS_PROJECTS;
        }
        return null;
    }
}
