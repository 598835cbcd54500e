package org.a6gateway.goldstandard;

import com.fasterxml.jackson.databind.JsonNode;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStore;
import org.a6gateway.blocks.RetirementWords;
import org.a6gateway.feeds.FeedPage;
import org.a6gateway.feeds.IngestProgress;
import org.a6gateway.feeds.UnreadablePage;
import org.a6gateway.feeds.UpstreamCall;
import org.a6gateway.quarantine.PageReading;
import org.a6gateway.quarantine.Quarantine;
import org.a6gateway.quarantine.RecordByRecord;
import org.a6gateway.registries.Registry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

/**
 * Reads the credits as the public API pages them ({@code /credits?page=1&size=…}, a JSON array a
 * page), every page at every sync: the API has no change feed, so the whole list is read again and
 * only what changed is stored. A credit's version is its {@code updated_at}, which stays put when
 * part of a block is retired and the rest shrinks: a credit that reads differently from what is
 * held is stored as a change all the same ({@link BlockStore#storeAsRead}). A page shorter than
 * the page size is the last. A credit the gateway refuses goes to the quarantine with its reason,
 * the rest of the page is stored.
 */
class CreditsFeed {

    private final RestClient client;
    private final Registry registry;
    private final BlockStore blocks;
    private final Quarantine quarantine;
    private final RetirementWords words;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    CreditsFeed(RestClient client, Registry registry, BlockStore blocks, Quarantine quarantine, RetirementWords words,
                TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.client = client;
        this.registry = registry;
        this.blocks = blocks;
        this.quarantine = quarantine;
        this.words = words;
        this.transactions = transactions;
        this.events = events;
    }

    public IngestProgress start() {
        return IngestProgress.startingAt(registry.id(), null);
    }

    public FeedPage fetch(IngestProgress progress) {
        int page = progress.cursor() == null ? 1 : Integer.parseInt(progress.cursor());
        String url = pageUrl(page);
        JsonNode items = UpstreamCall.call(registry.id(), url, () -> client.get().uri(url).retrieve().body(JsonNode.class));
        if (items == null || !items.isArray()) {
            quarantine.holdPage(registry.id(), url, "the page is not a JSON array of credits");
            throw new UnreadablePage(registry.id(), url, "the page is not a JSON array of credits", null);
        }
        return new FeedPage(items, Integer.toString(page + 1), items.size() >= registry.pageSize());
    }

    public IngestProgress store(IngestProgress progress, FeedPage page) {
        var next = transactions.execute(status -> stored(progress, page));
        events.publishEvent(next);
        return next;
    }

    private IngestProgress stored(IngestProgress progress, FeedPage page) {
        PageReading<BlockRecord> reading = read(registry.id(), page.items(), words);
        var stored = blocks.storeAsRead(registry.id(), reading.accepted());
        int number = progress.cursor() == null ? 1 : Integer.parseInt(progress.cursor());
        quarantine.hold(registry.id(), pageUrl(number), reading.refused());
        quarantine.release(registry.id(), reading.accepted().stream().map(BlockRecord::blockId).toList());
        return progress.afterPage(page.nextCursor(), page.hasMore(), page.items().size(),
                stored.inserted(), stored.updated(), stored.unchanged());
    }

    static PageReading<BlockRecord> read(String registry, JsonNode items, RetirementWords words) {
        return RecordByRecord.read(items, item -> RecordByRecord.text(item, "id"),
                item -> RecordByRecord.versioned(item, RecordByRecord.text(item, "id"), "updated_at"),
                item -> CreditTranslator.toRecord(registry, item, words));
    }

    private String pageUrl(int page) {
        return registry.url() + "/credits?page=" + page + "&size=" + registry.pageSize();
    }
}
