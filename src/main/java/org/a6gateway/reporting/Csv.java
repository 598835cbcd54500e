package org.a6gateway.reporting;

import java.util.List;

/** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled; lines end in CRLF. */
final class Csv {

    private Csv() {
    }

    static String line(List<String> cells) {
        return String.join(",", cells.stream().map(Csv::quoted).toList()) + "\r\n";
    }

    static String quoted(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
