package org.a6gateway.exports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one export file in a named format, row by row into a sink: CSV (RFC 4180, UTF-8 with or
 * without BOM), XLSX (told by its ZIP signature) or JSON, within the limits. Pure: no store, no Spring.
 */
public final class ExportReader {

    private ExportReader() {
    }

    static void read(ExportFormat format, Path file, ExportLimits limits, ExportSink sink) {
        var counted = new RowCounter(limits, sink);
        switch (format) {
            case VERRA_VCUS -> VerraVcuExport.read(table(file, limits), counted);
            case GS_ISSUANCES -> GoldStandardExports.issuances(table(file, limits), counted);
            case GS_RETIREMENTS -> GoldStandardExports.retirements(table(file, limits), counted);
            case VERRA_API -> json(file, limits, json -> VerraJsonExports.searchApi(json, counted));
            case VERRA_REPORTS -> json(file, limits, json -> VerraJsonExports.reports(json, counted));
            case GS_API_CREDITS -> json(file, limits, json -> GoldStandardApiJson.credits(json, counted));
            case GS_PROJECTS -> json(file, limits, json -> GoldStandardProjectsJson.projects(json, counted));
            default -> throw new IllegalArgumentException("no reader for " + format);
        }
    }

    private static Table.Source table(Path file, ExportLimits limits) {
        return isZip(file) ? each -> XlsxTable.read(file, limits, each) : each -> CsvText.read(file, limits, each);
    }

    private static void json(Path file, ExportLimits limits, java.util.function.Consumer<JsonStream> read) {
        try (var json = JsonStream.open(file, limits)) {
            read.accept(json);
        }
    }

    static boolean isZip(Path file) {
        try (var in = Files.newInputStream(file)) {
            var start = in.readNBytes(4);
            return start.length == 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Strict UTF-8: a Latin-1 file would silently turn "Guairá" into mojibake, and labels must match exactly. */
    static BufferedReader utf8(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder));
    }

    /** Text that is not UTF-8 is refused whole; any other failure to read the file is the gateway's. */
    static RuntimeException unreadableText(IOException e) {
        if (e instanceof CharacterCodingException) {
            return new UnreadableExport("not UTF-8 text (save the export as UTF-8 CSV)", e);
        }
        return new UncheckedIOException("cannot read the export: " + e.getMessage(), e);
    }
}
