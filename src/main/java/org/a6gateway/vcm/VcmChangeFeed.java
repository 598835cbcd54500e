package org.a6gateway.vcm;

import com.fasterxml.jackson.databind.JsonNode;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStore;
import org.a6gateway.blocks.RetirementWords;
import org.a6gateway.blocks.UnheldBlocks;
import org.a6gateway.feeds.FeedPage;
import org.a6gateway.feeds.IngestCursors;
import org.a6gateway.feeds.IngestProgress;
import org.a6gateway.feeds.PageAhead;
import org.a6gateway.feeds.UnreadablePage;
import org.a6gateway.feeds.UpstreamCall;
import org.a6gateway.feeds.UpstreamJson;
import org.a6gateway.quarantine.PageReading;
import org.a6gateway.quarantine.Quarantine;
import org.a6gateway.quarantine.RecordByRecord;
import org.a6gateway.vcm.client.api.BlocksApi;
import org.a6gateway.registries.Registry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the private registry's change feed one page at a time and stores each page with its cursor.
 * A page is read as JSON and its blocks one by one: a block the gateway refuses goes to the
 * quarantine with its reason, the rest of the page is stored. A page refused as a whole stops the
 * feed there (its cursor cannot be trusted), after the quarantine recorded it. One per private
 * registry: its blocks are stored under its id.
 */
class VcmChangeFeed {

    private final BlocksApi api;
    private final Registry properties;
    private final BlockStore blocks;
    private final IngestCursors cursors;
    private final ApplicationEventPublisher events;
    private final UpstreamJson json;
    private final Quarantine quarantine;
    private final PageAhead<BlockPage> ahead;
    private final RetirementWords words;
    private final TransactionTemplate transactions;
    /** For the ingest under way: which of a page's blocks the store may hold. */
    private UnheldBlocks unheld = UnheldBlocks.anyMayBeHeld();

    VcmChangeFeed(BlocksApi api, Registry properties, BlockStore blocks, IngestCursors cursors,
                  ApplicationEventPublisher events, UpstreamJson json, Quarantine quarantine,
                  RetirementWords words, TransactionTemplate transactions) {
        this.api = api;
        this.properties = properties;
        this.blocks = blocks;
        this.cursors = cursors;
        this.events = events;
        this.json = json;
        this.quarantine = quarantine;
        this.ahead = new PageAhead<>(properties.id());
        this.words = words;
        this.transactions = transactions;
    }

    public IngestProgress start() {
        ahead.forget();
        unheld = blocks.unheldBlocks(properties.id());
        return IngestProgress.startingAt(properties.id(), cursors.current(properties.id()).orElse(null));
    }

    /**
     * The page after {@code progress}, its blocks read: fetched and read ahead while the page
     * before it was stored, or now.
     */
    public BlockPage fetch(IngestProgress progress) {
        return ahead.take(progress.cursor(), () -> fetch(progress.cursor()));
    }

    /** Reading a page's blocks touches no store: it may run before the page before it is stored. */
    private BlockPage fetch(String cursor) {
        var url = pageUrl(cursor);
        try {
            JsonNode body = UpstreamCall.call(properties.id(), url,
                    () -> api.listBlockChangesWithResponseSpec(cursor, properties.pageSize()).body(JsonNode.class));
            var page = FeedPage.read(properties.id(), url, body);
            return new BlockPage(page, read(properties.id(), page.items(), json, words));
        } catch (UnreadablePage e) {
            quarantine.holdPage(properties.id(), url, e.getMessage());
            throw e;
        }
    }

    /**
     * The page, its quarantined records and the cursor after it are stored together, or not at all.
     * The next page is fetched meanwhile.
     */
    public IngestProgress store(IngestProgress progress, BlockPage read) {
        var page = read.page();
        if (page.hasMore()) {
            ahead.fetch(page.nextCursor(), () -> fetch(page.nextCursor()));
        }
        var next = transactions.execute(status -> stored(progress, read));
        if (!page.hasMore()) {
            unheld = UnheldBlocks.anyMayBeHeld(); // the ingest's ids are not kept past its last page
        }
        events.publishEvent(next);
        return next;
    }

    private IngestProgress stored(IngestProgress progress, BlockPage read) {
        var page = read.page();
        var reading = read.reading();
        var stored = blocks.store(properties.id(), reading.accepted(), unheld);
        quarantine.hold(properties.id(), pageUrl(progress.cursor()), reading.refused());
        quarantine.release(properties.id(), reading.accepted().stream().map(BlockRecord::blockId).toList());
        cursors.advance(properties.id(), page.nextCursor());
        return progress.afterPage(page.nextCursor(), page.hasMore(), page.items().size(),
                stored.inserted(), stored.updated(), stored.unchanged());
    }

    static PageReading<BlockRecord> read(String registry, JsonNode items, UpstreamJson json, RetirementWords words) {
        return RecordByRecord.read(items, item -> RecordByRecord.text(item, "blockId"),
                item -> RecordByRecord.versioned(item, RecordByRecord.text(item, "blockId"), "version"),
                item -> BlockTranslator.toRecord(registry, item, json, words));
    }

    /** A page as fetched, and its blocks as read from it. */
    record BlockPage(FeedPage page, PageReading<BlockRecord> reading) {
    }

    private String pageUrl(String cursor) {
        return properties.url() + "/blocks/changes" + (cursor == null ? "" : "?cursor=" + cursor);
    }
}
