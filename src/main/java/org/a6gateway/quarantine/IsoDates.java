package org.a6gateway.quarantine;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Whether a registry's text is a date ({@code 2024-03-01}) or a date-time with an offset
 * ({@code 2024-03-01T10:15:30.123Z}), exactly as {@link LocalDate#parse} and
 * {@link OffsetDateTime#parse} judge it, but without their formatter for the usual shapes: the
 * formatter was 2.4 s of a million-block ingest's 26 s on the ingest thread, checking three dates
 * a block. A text of the usual shape whose fields make a valid date is accepted here; any other
 * text is judged by the parser itself, so nothing is accepted that the parser would refuse.
 */
final class IsoDates {

    private IsoDates() {
    }

    static boolean isDate(String text) {
        if (text.length() == 10 && plainDate(text)) {
            try {
                LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
                return true;
            } catch (DateTimeException invalid) {
                return parses(() -> LocalDate.parse(text));
            }
        }
        return parses(() -> LocalDate.parse(text));
    }

    static boolean isDateTime(String text) {
        if (usualDateTime(text)) {
            try {
                int end = text.length();
                var offset = text.charAt(end - 1) == 'Z' ? ZoneOffset.UTC
                        : ZoneOffset.ofHoursMinutes(sign(text, end - 6) * number(text, end - 5, end - 3),
                        sign(text, end - 6) * number(text, end - 2, end));
                OffsetDateTime.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10), number(text, 11, 13),
                        number(text, 14, 16), number(text, 17, 19), 0, offset);
                return true;
            } catch (DateTimeException invalid) {
                return parses(() -> OffsetDateTime.parse(text));
            }
        }
        return parses(() -> OffsetDateTime.parse(text));
    }

    /** {@code dddd-dd-dd}. */
    private static boolean plainDate(String text) {
        return digits(text, 0, 4) && text.charAt(4) == '-' && digits(text, 5, 7) && text.charAt(7) == '-'
                && digits(text, 8, 10);
    }

    /** {@code dddd-dd-ddTdd:dd:dd}, then a fraction of 1–9 digits or none, then {@code Z} or {@code ±dd:dd}. */
    private static boolean usualDateTime(String text) {
        if (text.length() < 20 || !plainDate(text) || text.charAt(10) != 'T' || !digits(text, 11, 13)
                || text.charAt(13) != ':' || !digits(text, 14, 16) || text.charAt(16) != ':' || !digits(text, 17, 19)) {
            return false;
        }
        int end = text.length();
        boolean utc = text.charAt(end - 1) == 'Z';
        int offsetStart = utc ? end - 1 : end - 6;
        if (offsetStart < 19 || !utc && !numericOffset(text, offsetStart)) {
            return false;
        }
        int fraction = offsetStart - 20;
        return offsetStart == 19 || text.charAt(19) == '.' && fraction >= 1 && fraction <= 9 && digits(text, 20, offsetStart);
    }

    /** {@code ±dd:dd} at {@code at}. */
    private static boolean numericOffset(String text, int at) {
        char sign = text.charAt(at);
        return (sign == '+' || sign == '-') && digits(text, at + 1, at + 3) && text.charAt(at + 3) == ':'
                && digits(text, at + 4, at + 6);
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        return Integer.parseInt(text, from, to, 10);
    }

    private static int sign(String text, int at) {
        return text.charAt(at) == '-' ? -1 : 1;
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException refused) {
            return false;
        }
    }
}
