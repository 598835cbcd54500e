package org.a6gateway.units;

/** Where the serial's text lies inside the original once surrounding whitespace is set aside. */
record Span(String text, int from, int to) {

    static Span of(String original) {
        int from = 0;
        int to = original.length();
        while (from < to && Character.isWhitespace(original.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(original.charAt(to - 1))) {
            to--;
        }
        return new Span(original, from, to);
    }

    String trimmed() {
        return text.substring(from, to);
    }

    FieldReader fields(String format, String separator) {
        return new FieldReader(format, text, from, to, separator);
    }
}
