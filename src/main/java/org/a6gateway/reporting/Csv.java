package org.a6gateway.reporting;

import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV as RFC 4180 has it, for every export: a field with a comma, a quote or a line break is quoted, its quotes doubled; lines end in CRLF.
 * Text from a registry reaches these files, and a spreadsheet runs a cell starting with {@code = + - @}, a tab or a carriage return as a
 * formula: such a cell is written behind a single quote (OWASP's rule), so it shows as text. A plain number ({@code -196652},
 * {@code -0.5}) is no formula and stays a number.
 */
public final class Csv {

    private static final String FORMULA_START = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private Csv() {
    }

    public static String line(List<String> cells) {
        return String.join(",", cells.stream().map(Csv::quoted).toList()) + "\r\n";
    }

    public static String quoted(String value) {
        var cell = inert(value);
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    /** The cell as a spreadsheet will show it and never run it. */
    static String inert(String value) {
        boolean formula = !value.isEmpty() && FORMULA_START.indexOf(value.charAt(0)) >= 0;
        return formula && !PLAIN_NUMBER.matcher(value).matches() ? "'" + value : value;
    }
}
