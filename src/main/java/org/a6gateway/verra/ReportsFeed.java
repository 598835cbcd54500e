package org.a6gateway.verra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.connectors.WholeListFeed;
import org.a6gateway.feeds.FeedPage;
import org.a6gateway.feeds.UnreadablePage;
import org.a6gateway.feeds.UpstreamCall;
import org.a6gateway.quarantine.PageReading;
import org.a6gateway.quarantine.RecordByRecord;
import org.a6gateway.quarantine.RecordRefused;
import org.a6gateway.registries.Registry;
import org.a6gateway.units.SerialRange;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Verra's public reports as its new platform pages them: {@code POST <report>/publicReportPageSearch}
 * with {@code {"searchFilter": {"pagination": {"start", "limit", "sortOptions"}, "filterModel": {}}}},
 * answered as {@code {"totalEntities": …, "entities": [ … ]}}. The retirements are read first,
 * then the cancellations, then the issuances, so that an issuance's block is what the events
 * read before left of it. Each report is sorted oldest first by its event date: a record added
 * while the listing runs comes at the end instead of shifting the pages not yet read. The cursor
 * is {@code <report>:<start>}.
 */
class ReportsFeed extends WholeListFeed {

    /** The reports in reading order, each with the date it is sorted by. */
    enum Report {
        RETIREMENTS("retirements", "retiredDate"),
        CANCELLATIONS("cancellations", "cancellation_date"),
        ISSUANCES("issuances", "issueDate");

        final String path;
        final String sortedBy;

        Report(String path, String sortedBy) {
            this.path = path;
            this.sortedBy = sortedBy;
        }

        static Report of(String path) {
            for (Report report : values()) {
                if (report.path.equals(path)) {
                    return report;
                }
            }
            throw new IllegalArgumentException("no Verra report '" + path + "'");
        }
    }

    private record At(Report report, long start) {
        static At of(String cursor) {
            if (cursor == null) {
                return new At(Report.RETIREMENTS, 0);
            }
            int colon = cursor.indexOf(':');
            return new At(Report.of(cursor.substring(0, colon)), Long.parseLong(cursor.substring(colon + 1)));
        }

        String cursor() {
            return report.path + ":" + start;
        }
    }

    /** A search for one issuance: the health probe. */
    static final String PROBE = "{\"searchFilter\":{\"pagination\":{\"start\":0,\"limit\":1},\"filterModel\":{}}}";

    private final RestClient client;

    ReportsFeed(RestClient client, Registry registry, Stores stores) {
        super(registry, stores);
        this.client = client;
    }

    @Override
    protected FeedPage pageAt(String cursor) {
        var at = At.of(cursor);
        String url = pageUrlAt(cursor);
        JsonNode answer = UpstreamCall.call(registry().id(), url, () -> client.post().uri(url)
                .contentType(MediaType.APPLICATION_JSON).body(query(at)).retrieve().body(JsonNode.class));
        var entities = answer == null ? null : answer.get("entities");
        if (entities == null || !entities.isArray()) {
            quarantine().holdPage(registry().id(), url, "the answer's 'entities' is not an array of records");
            throw new UnreadablePage(registry().id(), url, "the answer's 'entities' is not an array of records", null);
        }
        long read = at.start() + entities.size();
        var total = answer.get("totalEntities");
        boolean more = entities.size() >= registry().pageSize() && (total == null || !total.canConvertToLong() || read < total.asLong());
        if (more) {
            return new FeedPage(entities, new At(at.report(), read).cursor(), true);
        }
        boolean last = at.report() == Report.ISSUANCES;
        var next = last ? at : new At(Report.values()[at.report().ordinal() + 1], 0);
        return new FeedPage(entities, next.cursor(), !last);
    }

    /** The search body: one page, oldest first, no filter. */
    private ObjectNode query(At at) {
        var body = JsonNodeFactory.instance.objectNode();
        var filter = body.putObject("searchFilter");
        var pagination = filter.putObject("pagination").put("start", at.start()).put("limit", registry().pageSize());
        pagination.putArray("sortOptions").addObject().put("sort", at.report().sortedBy).put("dir", "ASC");
        filter.putObject("filterModel");
        return body;
    }

    @Override
    protected String pageUrlAt(String cursor) {
        var at = At.of(cursor);
        return registry().url() + "/" + at.report().path + "/publicReportPageSearch?start=" + at.start();
    }

    @Override
    protected PageReading<BlockRecord> read(JsonNode items, String cursor) {
        return switch (At.of(cursor).report()) {
            case RETIREMENTS -> RecordByRecord.read(items, item -> id(ReportTranslator.RETIREMENT, item), ReportsFeed::key,
                    item -> ReportTranslator.retirement(registry().id(), item, words()));
            case CANCELLATIONS -> RecordByRecord.read(items, item -> id(ReportTranslator.CANCELLATION, item), ReportsFeed::key,
                    item -> ReportTranslator.cancellation(registry().id(), item));
            case ISSUANCES -> issuances(items);
        };
    }

    /**
     * An issuance is stored as its stretches still held, {@code issuance-<id>-<first unit>} (none
     * when all are retired or cancelled): a block's record is named by the block's id or by what
     * comes before any of its dashes.
     */
    @Override
    protected List<String> recordIdsOf(String blockId) {
        var ids = new ArrayList<String>();
        ids.add(blockId);
        for (int dash = blockId.indexOf('-'); dash >= 0; dash = blockId.indexOf('-', dash + 1)) {
            ids.add(blockId.substring(0, dash));
        }
        return ids;
    }

    /** Each issuance as the stretches the retirements and cancellations stored do not hold. */
    private PageReading<BlockRecord> issuances(JsonNode items) {
        var events = StoredEvents.of(listedBlocks().holding(registry().id(), HoldingTranslator.PROGRAM, ranges(items)));
        var reading = RecordByRecord.read(items, item -> id(ReportTranslator.ISSUANCE, item), ReportsFeed::key, item -> {
            var serial = ReportTranslator.issuanceSerial(item);
            return ReportTranslator.issuance(registry().id(), item, events.within(serial.range()));
        });
        return new PageReading<>(reading.accepted().stream().flatMap(List::stream).toList(), reading.refused());
    }

    /**
     * The serial ranges of the page's issuances, for the one store read of their events. A record
     * whose serial cannot be read is left out here: reading it on its own refuses it with the reason.
     */
    private static List<SerialRange> ranges(JsonNode items) {
        var ranges = new ArrayList<SerialRange>();
        for (JsonNode item : items) {
            try {
                ranges.add(ReportTranslator.issuanceSerial(item).range());
            } catch (RecordRefused | IllegalArgumentException | ArithmeticException | DateTimeException refusedLater) {
                // what reading the record on its own refuses it for: left to that reading
            }
        }
        return ranges;
    }

    /** The record's id as its block is named, for the quarantine. */
    private static String id(String kind, JsonNode item) {
        String id = RecordByRecord.text(item, "id");
        return id == null ? null : kind + id;
    }

    private static String key(JsonNode item) {
        return RecordByRecord.text(item, "id");
    }
}
