package org.a6gateway.feeds;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One page of a change feed as read, before its records are: the items as JSON, to be read one
 * by one, and where the feed goes on. Only the page's frame must be right here; a bad item is the
 * adapter's to refuse alone.
 */
public record FeedPage(JsonNode items, String nextCursor, boolean hasMore) {

    /** The cursor is stored (ingest_cursor.cursor_value) and sent back in a URL: short, printable ASCII. */
    private static final String CURSOR = "[\\x21-\\x7E]{1,200}";

    public static FeedPage read(String registry, String url, JsonNode page) {
        if (page == null || !page.isObject()) {
            throw new UnreadablePage(registry, url, "the page is " + (page == null ? "empty" : "not a JSON object"), null);
        }
        JsonNode items = page.get("items");
        JsonNode next = page.get("nextCursor");
        JsonNode more = page.get("hasMore");
        if (items == null || !items.isArray()) {
            throw new UnreadablePage(registry, url, "the page's 'items' is not an array", null);
        }
        if (more == null || !more.isBoolean()) {
            throw new UnreadablePage(registry, url, "the page's 'hasMore' is not true or false", null);
        }
        if (next == null || !next.isTextual() || !next.textValue().matches(CURSOR)) {
            throw new UnreadablePage(registry, url, "the page's 'nextCursor' is not a cursor (printable ASCII, 1-200 characters)", null);
        }
        return new FeedPage(items, next.textValue(), more.booleanValue());
    }
}
