package org.a6gateway.exports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** How the exports write numbers, dates and lists, read exactly (never through a double). */
final class Cells {

    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final Pattern WHOLE = Pattern.compile("\\d+(\\.0+)?");
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ].*)?");
    private static final Pattern DAY_FIRST = Pattern.compile("\\d{2}/\\d{2}/\\d{4}");
    private static final DateTimeFormatter DD_MM_YYYY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private Cells() {
    }

    /** A whole number of credits: {@code 99,870}, {@code 84773}, {@code 11191.0}; refuses fractions and signs. */
    static long quantity(String text, String column) {
        var t = text == null ? "" : text.strip();
        if (THOUSANDS.matcher(t).matches()) {
            t = t.replace(",", "");
        }
        if (!WHOLE.matcher(t).matches()) {
            throw new RowRefused("column '" + column + "': '" + text + "' is not a whole number of credits");
        }
        try {
            return new BigDecimal(t).longValueExact();
        } catch (ArithmeticException e) {
            throw new RowRefused("column '" + column + "': '" + text + "' does not fit a 64-bit count");
        }
    }

    /** An exact decimal from JSON ({@code 235604.0}) as a whole count. */
    static long quantity(BigDecimal value, String field) {
        if (value == null) {
            throw new RowRefused("field '" + field + "' is missing");
        }
        try {
            return value.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            throw new RowRefused("field '" + field + "': " + value.toPlainString() + " is not a whole number of credits");
        }
    }

    /** {@code yyyy-MM-dd} (a time after it is dropped) or {@code dd/MM/yyyy}; empty is null. */
    static LocalDate date(String text, String column) {
        var t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            if (ISO.matcher(t).matches()) {
                return LocalDate.parse(t.substring(0, 10));
            }
            if (DAY_FIRST.matcher(t).matches()) {
                return LocalDate.parse(t, DD_MM_YYYY);
            }
        } catch (DateTimeParseException e) {
            throw new RowRefused("column '" + column + "': '" + text + "' is not a calendar date");
        }
        throw new RowRefused("column '" + column + "': '" + text + "' is not a date as yyyy-MM-dd or dd/MM/yyyy");
    }

    static int year(String text, String column) {
        var t = text == null ? "" : text.strip();
        if (!t.matches("\\d{4}")) {
            throw new RowRefused("column '" + column + "': '" + text + "' is not a year");
        }
        return Integer.parseInt(t);
    }

    /** A {@code "; "}-joined cell (Verra) or {@code ", "}-joined one (Gold Standard's Label), items exactly as written. */
    static List<String> items(String text, String separator) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(Pattern.quote(separator))).filter(s -> !s.isBlank()).toList();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** {@code 11191.0} as Gold Standard writes an id it stored as a float: {@code 11191}. */
    static String id(String text) {
        var t = blankToNull(text);
        return t != null && t.matches("\\d+\\.0+") ? t.substring(0, t.indexOf('.')) : t;
    }
}
