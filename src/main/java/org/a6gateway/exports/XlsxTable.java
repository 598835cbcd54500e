package org.a6gateway.exports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first sheet of an XLSX export as records, read as a stream of XML (the workbook model would
 * hold every cell: a 900,000-row sheet did not fit in a gigabyte). Text cells as written, dates as
 * {@code yyyy-MM-dd}, numbers in their shortest exact decimal form (a spreadsheet stores every
 * number as a double, so 84773 arrives as 84773.0; whole counts below 2^53 are exact, and a
 * fraction is refused by the quantity reader, never rounded); row numbers as Excel shows them.
 * The package is opened as a file, so its parts are inflated one at a time (with POI's zip-bomb checks).
 */
final class XlsxTable {

    private XlsxTable() {
    }

    static void read(Path file, ExportLimits limits, Consumer<CsvText.Record> each) {
        try (var pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            var strings = new SharedTexts(limits);
            parse(part(pkg, XSSFRelation.SHARED_STRINGS), strings);
            var styles = new CellStyles();
            parse(part(pkg, XSSFRelation.STYLES), styles);
            var sheets = new XSSFReader(pkg).getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableExport("the workbook has no sheet");
            }
            try (var sheet = sheets.next()) {
                parse(sheet, new SheetRows(strings, styles, limits, each));
            }
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw unreadable(e);
        } catch (UnreadableExport e) {
            throw e;
        } catch (RuntimeException e) {
            // POI's own failures, and a row number or cell reference that does not read
            throw new UnreadableExport("not a readable XLSX workbook: " + e.getMessage(), e);
        }
    }

    private static InputStream part(OPCPackage pkg, XSSFRelation relation) throws IOException {
        var parts = pkg.getPartsByContentType(relation.getContentType());
        return parts.isEmpty() ? null : parts.get(0).getInputStream();
    }

    private static void parse(InputStream xml, DefaultHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        if (xml == null) {
            return;
        }
        try (xml) {
            var reader = XMLHelper.newXMLReader();
            reader.setContentHandler(handler);
            reader.parse(new org.xml.sax.InputSource(xml));
        }
    }

    /** A limit met inside the XML parser comes back wrapped: it is the refusal, not the parser's failure. */
    private static UnreadableExport unreadable(Exception e) {
        if (e instanceof SAXException sax && sax.getException() instanceof UnreadableExport limit) {
            return limit;
        }
        return new UnreadableExport("not a readable XLSX workbook: " + e.getMessage(), e);
    }

}
