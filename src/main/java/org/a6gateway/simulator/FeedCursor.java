package org.a6gateway.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque cursors of the simulated change feeds: the position after the last change read. */
final class FeedCursor {

    private FeedCursor() {
    }

    static String after(int position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("seq:" + position).getBytes(StandardCharsets.US_ASCII));
    }

    /** Position to read from; a cursor the registry never issued is rejected, not guessed at. */
    static int position(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (!text.startsWith("seq:")) {
                throw new IllegalArgumentException("not a cursor of this registry: " + cursor);
            }
            return Integer.parseInt(text.substring(4));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a cursor of this registry: " + cursor, e);
        }
    }

    static int limit(String limit) {
        int value = limit == null ? 100 : Integer.parseInt(limit);
        if (value < 1 || value > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000, got " + value);
        }
        return value;
    }
}
