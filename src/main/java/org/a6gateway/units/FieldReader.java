package org.a6gateway.units;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the separated fields of a serial, remembering where each starts in the text as given, so
 * that every error names the field and the exact character position.
 */
final class FieldReader {

    /** Strict: 31 February is an error, not 28 February. */
    private static final DateTimeFormatter DDMMYYYY =
            DateTimeFormatter.ofPattern("ddMMuuuu").withResolverStyle(ResolverStyle.STRICT);

    private final String format;
    private final List<String> fields = new ArrayList<>();
    private final List<Integer> starts = new ArrayList<>();

    /** Splits {@code text[from, to)} at {@code separator}; positions count from the start of {@code text}. */
    FieldReader(String format, String text, int from, int to, String separator) {
        this.format = format;
        int start = from;
        while (true) {
            int next = text.indexOf(separator, start);
            if (next < 0 || next >= to) {
                fields.add(text.substring(start, to));
                starts.add(start);
                return;
            }
            fields.add(text.substring(start, next));
            starts.add(start);
            start = next + separator.length();
        }
    }

    int count() {
        return fields.size();
    }

    String raw(int i) {
        return fields.get(i);
    }

    int start(int i) {
        return starts.get(i);
    }

    String text(int i, String name) {
        if (fields.get(i).isEmpty()) {
            throw error(i, name, 0, "is empty");
        }
        return fields.get(i);
    }

    long digits(int i, String name) {
        String field = text(i, name);
        for (int c = 0; c < field.length(); c++) {
            if (field.charAt(c) < '0' || field.charAt(c) > '9') {
                throw error(i, name, c, "expected digits, found '" + field.charAt(c) + "'");
            }
        }
        if (field.length() > 18) {
            throw error(i, name, 0, "more than 18 digits");
        }
        return Long.parseLong(field);
    }

    /** A country code, read in either letter case (registries' exports are not all upper case) and given upper case. */
    String alpha2(int i, String name) {
        String field = text(i, name);
        for (int c = 0; c < field.length(); c++) {
            char ch = field.charAt(c);
            if (!(ch >= 'A' && ch <= 'Z') && !(ch >= 'a' && ch <= 'z')) {
                throw error(i, name, c, "expected a letter, found '" + field.charAt(c) + "'");
            }
        }
        if (field.length() != 2) {
            throw error(i, name, 0, "expected 2 letters, found " + field.length());
        }
        return field.toUpperCase(java.util.Locale.ROOT);
    }

    String letters(int i, String name, int length) {
        String field = text(i, name);
        for (int c = 0; c < field.length(); c++) {
            if (field.charAt(c) < 'A' || field.charAt(c) > 'Z') {
                throw error(i, name, c, "expected a capital letter, found '" + field.charAt(c) + "'");
            }
        }
        if (field.length() != length) {
            throw error(i, name, 0, "expected " + length + " letters, found " + field.length());
        }
        return field;
    }

    void literal(int i, String name, String... allowed) {
        for (String value : allowed) {
            if (value.equals(fields.get(i))) {
                return;
            }
        }
        throw error(i, name, 0, "expected " + String.join(" or ", allowed) + ", found '" + fields.get(i) + "'");
    }

    int year(int i, String name) {
        long year = digits(i, name);
        if (fields.get(i).length() != 4) {
            throw error(i, name, 0, "expected a four-digit year, found '" + fields.get(i) + "'");
        }
        return (int) year;
    }

    LocalDate date(int i, String name) {
        digits(i, name);
        try {
            return LocalDate.parse(fields.get(i), DDMMYYYY);
        } catch (DateTimeParseException e) {
            throw error(i, name, 0, "expected a date DDMMYYYY, found '" + fields.get(i) + "'");
        }
    }

    SerialFormatException error(int i, String name, int offset, String problem) {
        return new SerialFormatException(format, name, starts.get(i) + offset, problem);
    }

    SerialFormatException countError(String expected) {
        return new SerialFormatException(format, "whole serial", starts.get(0),
                "expected " + expected + " fields, found " + fields.size());
    }
}
