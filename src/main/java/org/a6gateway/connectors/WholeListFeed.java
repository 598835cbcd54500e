package org.a6gateway.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.ListedBlocks;
import org.a6gateway.blocks.RetirementWords;
import org.a6gateway.feeds.FeedPage;
import org.a6gateway.feeds.IngestProgress;
import org.a6gateway.quarantine.PageReading;
import org.a6gateway.quarantine.Quarantine;
import org.a6gateway.quarantine.QuarantineReason;
import org.a6gateway.quarantine.Refusal;
import org.a6gateway.registries.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The feed of a registry that publishes its blocks as a list (a public search API), not as a
 * change feed: every page at every sync, from the first, each page stored as read
 * ({@link ListedBlocks}: only what reads differently changes). A record the gateway
 * refuses goes to the quarantine with its reason, the rest of its page is stored. When the last
 * page is stored, the blocks of the registry the listing no longer named are taken out of the
 * store; one whose units no listed block holds is kept in the quarantine
 * ({@code NO_LONGER_LISTED}) with what it was. The cursor says where the next page is read (by
 * default the number of the page).
 */
public abstract class WholeListFeed {

    private static final Logger LOG = LoggerFactory.getLogger(WholeListFeed.class);

    private final Registry registry;
    private final Stores stores;
    private final Set<String> listed = new HashSet<>();
    private final Set<String> refused = new HashSet<>();

    protected WholeListFeed(Registry registry, Stores stores) {
        this.registry = registry;
        this.stores = stores;
    }

    /** Where every such feed stores what it reads, and the words it reads retirement uses by. */
    public record Stores(ListedBlocks blocks, Quarantine quarantine, TransactionTemplate transactions,
                         ApplicationEventPublisher events, RetirementWords words) {
    }

    /** Page {@code page} (the first is 1): its records, and whether a page follows. */
    protected FeedPage page(int page) {
        throw new UnsupportedOperationException("a feed paged by number reads page(int)");
    }

    /** Where page {@code page} is read, as the quarantine names it. */
    protected String pageUrl(int page) {
        throw new UnsupportedOperationException("a feed paged by number names pageUrl(int)");
    }

    /** The page at {@code cursor} (null: the first); by default the cursor is the page's number. */
    protected FeedPage pageAt(String cursor) {
        return page(number(cursor));
    }

    /** Where the page at {@code cursor} is read, as the quarantine names it. */
    protected String pageUrlAt(String cursor) {
        return pageUrl(number(cursor));
    }

    /** The records of the page read at {@code cursor}, each read on its own. */
    protected abstract PageReading<BlockRecord> read(JsonNode items, String cursor);

    /** A new listing, from the first page. */
    public IngestProgress start() {
        listed.clear();
        refused.clear();
        return IngestProgress.startingAt(registry.id(), null);
    }

    public FeedPage fetch(IngestProgress progress) {
        return pageAt(progress.cursor());
    }

    public IngestProgress store(IngestProgress progress, FeedPage page) {
        var next = stores.transactions().execute(status -> stored(progress, page));
        stores.events().publishEvent(next);
        return next;
    }

    protected Registry registry() {
        return registry;
    }

    protected ListedBlocks listedBlocks() {
        return stores.blocks();
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
        var reading = read(page.items(), progress.cursor());
        var stored = stores.blocks().storeAsRead(registry.id(), reading.accepted());
        String url = pageUrlAt(progress.cursor());
        stores.quarantine().hold(registry.id(), url, reading.refused());
        stores.quarantine().release(registry.id(), reading.accepted().stream().map(BlockRecord::blockId).toList());
        reading.accepted().forEach(b -> listed.add(b.blockId()));
        // a record refused now was listed all the same: its stored blocks stay until a valid version replaces them
        reading.refused().stream().map(Refusal::recordId).filter(Objects::nonNull).forEach(refused::add);
        if (!page.hasMore()) {
            withdrawUnlisted(url);
        }
        return progress.afterPage(page.nextCursor(), page.hasMore(), page.items().size(),
                stored.inserted(), stored.updated(), stored.unchanged());
    }

    private void withdrawUnlisted(String lastPage) {
        var withdrawal = stores.blocks().withdrawUnlisted(registry.id(), this::stillListed);
        if (withdrawal.size() > 0) {
            LOG.info("{}: {} blocks no longer listed taken out of the store ({} of them held under other ids now)",
                    registry.id(), withdrawal.size(), withdrawal.superseded().size());
        }
        stores.quarantine().hold(registry.id(), lastPage, withdrawal.unlisted().stream().map(WholeListFeed::unlisted).toList());
    }

    private static Refusal unlisted(BlockRecord block) {
        return new Refusal(block.blockId(), QuarantineReason.NO_LONGER_LISTED, "block " + block.blockId() + " (" + block.serial()
                + ", " + block.status() + ") is no longer listed by the registry and no listed block holds its units: taken out"
                + " of the store", block.serial() + " " + block.status() + " " + block.quantity());
    }

    /**
     * Whether the stored block {@code blockId} was listed: read in this listing, or part of a record
     * refused in it. The refusals are looked up by the ids the block's record may have, not each
     * checked against every stored block.
     */
    private boolean stillListed(String blockId) {
        return listed.contains(blockId) || recordIdsOf(blockId).stream().anyMatch(refused::contains);
    }

    /** The ids the record a stored block comes from may have: by default the block's own. */
    protected List<String> recordIdsOf(String blockId) {
        return List.of(blockId);
    }

    /** The number of the page at {@code cursor}: null is the first. */
    protected static int number(String cursor) {
        return cursor == null ? 1 : Integer.parseInt(cursor);
    }
}
