package org.a6gateway.goldstandard;

import com.fasterxml.jackson.databind.JsonNode;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.RetirementWords;
import org.a6gateway.connectors.WholeListFeed;
import org.a6gateway.feeds.FeedPage;
import org.a6gateway.feeds.UnreadablePage;
import org.a6gateway.feeds.UpstreamCall;
import org.a6gateway.quarantine.PageReading;
import org.a6gateway.quarantine.RecordByRecord;
import org.a6gateway.registries.Registry;
import org.springframework.web.client.RestClient;

/**
 * The credits as Gold Standard's public API pages them: {@code /credits?page=1&size=…}, a JSON
 * array a page, a page shorter than the page size the last. A credit's version is its
 * {@code updated_at}, which stays put when part of a block is retired and the rest shrinks: read
 * whole and stored as read, such a credit is a change all the same.
 */
class CreditsFeed extends WholeListFeed {

    private final RestClient client;

    CreditsFeed(RestClient client, Registry registry, Stores stores) {
        super(registry, stores);
        this.client = client;
    }

    @Override
    protected FeedPage page(int page) {
        String url = pageUrl(page);
        JsonNode items = UpstreamCall.call(registry().id(), url, () -> client.get().uri(url).retrieve().body(JsonNode.class));
        if (items == null || !items.isArray()) {
            quarantine().holdPage(registry().id(), url, "the page is not a JSON array of credits");
            throw new UnreadablePage(registry().id(), url, "the page is not a JSON array of credits", null);
        }
        return followedBy(items, page, items.size() >= registry().pageSize());
    }

    @Override
    protected PageReading<BlockRecord> read(JsonNode items, String cursor) {
        return read(registry().id(), items, words());
    }

    static PageReading<BlockRecord> read(String registry, JsonNode items, RetirementWords words) {
        return RecordByRecord.read(items, item -> RecordByRecord.text(item, "id"),
                item -> RecordByRecord.versioned(item, RecordByRecord.text(item, "id"), "updated_at"),
                item -> CreditTranslator.toRecord(registry, item, words));
    }

    @Override
    protected String pageUrl(int page) {
        return registry().url() + "/credits?page=" + page + "&size=" + registry().pageSize();
    }
}
