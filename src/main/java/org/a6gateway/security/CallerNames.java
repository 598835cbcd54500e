package org.a6gateway.security;

/**
 * How a caller is named on each request's access line: by what its credentials say (a key's
 * name, a token's subject or client id), which the caller controls. A line break there would
 * forge a log line of its own, and a bidirectional control would hide text: both are shown as
 * {@code ?}, and the name is cut at 100 characters.
 */
final class CallerNames {

    private static final int LIMIT = 100;

    private CallerNames() {
    }

    static String loggable(String name) {
        if (name == null) {
            return "unknown";
        }
        var out = new StringBuilder(Math.min(name.length(), LIMIT));
        name.codePoints().limit(LIMIT).forEach(cp -> {
            int type = Character.getType(cp);
            boolean hidden = type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE || type == Character.PRIVATE_USE;
            out.appendCodePoint(hidden ? '?' : cp);
        });
        return name.codePointCount(0, name.length()) > LIMIT ? out + "…" : out.toString();
    }
}
