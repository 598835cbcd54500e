package org.a6gateway.exports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads one export file in a named format: CSV (RFC 4180, UTF-8 with or without BOM), XLSX (told
 * by its ZIP signature) or JSON. Pure: no store, no Spring.
 */
public final class ExportReader {

    private ExportReader() {
    }

    public static ExportReading read(ExportFormat format, byte[] content) {
        switch (format) {
            case VERRA_VCUS:
                return VerraVcuExport.read(table(content));
            case GS_ISSUANCES:
                return GoldStandardExports.issuances(table(content));
            case GS_RETIREMENTS:
                return GoldStandardExports.retirements(table(content));
            case VERRA_API:
                return VerraJsonExports.searchApi(JsonRecords.parse(utf8(content)));
            case VERRA_REPORTS:
                return VerraJsonExports.reports(JsonRecords.parse(utf8(content)));
            case GS_API_CREDITS:
                return GoldStandardApiJson.credits(JsonRecords.parse(utf8(content)));
            case GS_PROJECTS:
                return GoldStandardProjectsJson.projects(JsonRecords.parse(utf8(content)));
            default:
                throw new IllegalArgumentException("no reader for " + format);
        }
    }

    private static Table table(byte[] content) {
        if (isZip(content)) {
            try {
                return XlsxTable.read(new ByteArrayInputStream(content));
            } catch (IOException e) {
                throw new UnreadableExport("not a readable XLSX workbook: " + e.getMessage(), e);
            }
        }
        return Table.of(CsvText.read(utf8(content)));
    }

    private static boolean isZip(byte[] content) {
        return content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    /** Strict UTF-8: a Latin-1 file would silently turn "Guairá" into mojibake, and labels must match exactly. */
    static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableExport("not UTF-8 text (save the export as UTF-8 CSV)", e);
        }
    }
}
