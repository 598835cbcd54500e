package org.a6gateway.verra;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.RetirementWords;
import org.a6gateway.connectors.WholeListFeed;
import org.a6gateway.feeds.FeedPage;
import org.a6gateway.feeds.UnreadablePage;
import org.a6gateway.feeds.UpstreamCall;
import org.a6gateway.quarantine.PageReading;
import org.a6gateway.quarantine.RecordByRecord;
import org.a6gateway.registries.Registry;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The VCU holdings as Verra's registry search pages them: {@code POST /asset/asset/search?$skip=…&$top=…}
 * with the programme in the body, answered as {@code {"totalCount": …, "value": [ … ]}}. The pages
 * end at {@code totalCount}, or at a page shorter than asked.
 */
class SearchFeed extends WholeListFeed {

    static final Map<String, Object> QUERY = Map.of("program", HoldingTranslator.PROGRAM);

    private final RestClient client;

    SearchFeed(RestClient client, Registry registry, Stores stores) {
        super(registry, stores);
        this.client = client;
    }

    @Override
    protected FeedPage page(int page) {
        String url = pageUrl(page);
        JsonNode answer = UpstreamCall.call(registry().id(), url, () -> client.post().uri(url)
                .contentType(MediaType.APPLICATION_JSON).body(QUERY).retrieve().body(JsonNode.class));
        var items = answer == null ? null : answer.get("value");
        if (items == null || !items.isArray()) {
            quarantine().holdPage(registry().id(), url, "the answer's 'value' is not an array of holdings");
            throw new UnreadablePage(registry().id(), url, "the answer's 'value' is not an array of holdings", null);
        }
        long read = (long) (page - 1) * registry().pageSize() + items.size();
        var total = answer.get("totalCount");
        boolean more = items.size() >= registry().pageSize() && (total == null || !total.canConvertToLong() || read < total.asLong());
        return followedBy(items, page, more);
    }

    @Override
    protected PageReading<BlockRecord> read(JsonNode items, String cursor) {
        return read(registry().id(), items, words());
    }

    static PageReading<BlockRecord> read(String registry, JsonNode items, RetirementWords words) {
        return RecordByRecord.read(items, item -> RecordByRecord.text(item, "holdingIdentifier"),
                item -> RecordByRecord.text(item, "holdingIdentifier"),
                item -> HoldingTranslator.toRecord(registry, item, words));
    }

    @Override
    protected String pageUrl(int page) {
        return registry().url() + "/asset/asset/search?$skip=" + (long) (page - 1) * registry().pageSize()
                + "&$top=" + registry().pageSize() + "&$count=true";
    }
}
