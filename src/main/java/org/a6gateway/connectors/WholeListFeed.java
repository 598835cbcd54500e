package org.a6gateway.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.ListedBlocks;
import org.a6gateway.blocks.RetirementWords;
import org.a6gateway.feeds.FeedPage;
import org.a6gateway.feeds.IngestProgress;
import org.a6gateway.quarantine.PageReading;
import org.a6gateway.quarantine.Quarantine;
import org.a6gateway.registries.Registry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The feed of a registry that publishes its blocks as a list (a public search API), not as a
 * change feed: every page at every sync, from the first, each page stored as read
 * ({@link ListedBlocks}: only what reads differently changes). A record the gateway
 * refuses goes to the quarantine with its reason, the rest of its page is stored. The cursor is
 * the number of the next page.
 */
public abstract class WholeListFeed {

    private final Registry registry;
    private final Stores stores;

    protected WholeListFeed(Registry registry, Stores stores) {
        this.registry = registry;
        this.stores = stores;
    }

    /** Where every such feed stores what it reads, and the words it reads retirement uses by. */
    public record Stores(ListedBlocks blocks, Quarantine quarantine, TransactionTemplate transactions,
                         ApplicationEventPublisher events, RetirementWords words) {
    }

    /** Page {@code page} (the first is 1): its records, and whether a page follows. */
    protected abstract FeedPage page(int page);

    /** The records of a page, each read on its own. */
    protected abstract PageReading<BlockRecord> read(JsonNode items);

    /** Where page {@code page} is read, as the quarantine names it. */
    protected abstract String pageUrl(int page);

    public IngestProgress start() {
        return IngestProgress.startingAt(registry.id(), null);
    }

    public FeedPage fetch(IngestProgress progress) {
        return page(number(progress));
    }

    public IngestProgress store(IngestProgress progress, FeedPage page) {
        var next = stores.transactions().execute(status -> stored(progress, page));
        stores.events().publishEvent(next);
        return next;
    }

    protected Registry registry() {
        return registry;
    }

    protected Quarantine quarantine() {
        return stores.quarantine();
    }

    protected RetirementWords words() {
        return stores.words();
    }

    /** The page after {@code page}: its cursor, and whether to read it. */
    protected static FeedPage followedBy(JsonNode items, int page, boolean more) {
        return new FeedPage(items, Integer.toString(page + 1), more);
    }

    private IngestProgress stored(IngestProgress progress, FeedPage page) {
        var reading = read(page.items());
        var stored = stores.blocks().storeAsRead(registry.id(), reading.accepted());
        stores.quarantine().hold(registry.id(), pageUrl(number(progress)), reading.refused());
        stores.quarantine().release(registry.id(), reading.accepted().stream().map(BlockRecord::blockId).toList());
        return progress.afterPage(page.nextCursor(), page.hasMore(), page.items().size(),
                stored.inserted(), stored.updated(), stored.unchanged());
    }

    private static int number(IngestProgress progress) {
        return progress.cursor() == null ? 1 : Integer.parseInt(progress.cursor());
    }
}
