package org.a6gateway.ledger;

import java.util.List;

/** CSV as RFC 4180 has it, for every export: a field with a comma, a quote or a line break is quoted, its quotes doubled; lines end in CRLF. */
public final class Csv {

    private Csv() {
    }

    public static String line(List<String> cells) {
        return String.join(",", cells.stream().map(Csv::quoted).toList()) + "\r\n";
    }

    public static String quoted(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
