package org.a6gateway.national;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import org.a6gateway.feeds.FeedPage;
import org.a6gateway.feeds.IngestCursors;
import org.a6gateway.feeds.IngestProgress;
import org.a6gateway.feeds.PageAhead;
import org.a6gateway.feeds.UnreadablePage;
import org.a6gateway.feeds.UpstreamCall;
import org.a6gateway.feeds.UpstreamJson;
import org.a6gateway.national.client.api.ChangesApi;
import org.a6gateway.nationalrecords.AuthorizationStore;
import org.a6gateway.nationalrecords.ItmoWithdrawals;
import org.a6gateway.nationalrecords.NationalRecords;
import org.a6gateway.nationalrecords.PairConfirmations;
import org.a6gateway.quarantine.PageReading;
import org.a6gateway.quarantine.Quarantine;
import org.a6gateway.quarantine.RecordByRecord;
import org.a6gateway.registries.Registry;
import org.a6gateway.store.StoreResult;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the national registry's change feed one page at a time and stores each page with its
 * cursor, change by change (see VcmChangeFeed: the same quarantine rules).
 */
class NationalChangeFeed {

    private final ChangesApi api;
    private final Registry properties;
    private final AuthorizationStore authorizations;
    private final IngestCursors cursors;
    private final ApplicationEventPublisher events;
    private final NationalRecords national;
    private final PairConfirmations pairs;
    private final ItmoWithdrawals withdrawals;
    private final UpstreamJson json;
    private final Quarantine quarantine;
    private final PageAhead<ChangePage> ahead;
    private final TransactionTemplate transactions;

    NationalChangeFeed(ChangesApi api, Registry properties, NationalProtocol.Feeds stores) {
        this.api = api;
        this.properties = properties;
        this.authorizations = stores.authorizations;
        this.cursors = stores.cursors;
        this.events = stores.events;
        this.national = stores.national;
        this.pairs = stores.pairs;
        this.withdrawals = stores.withdrawals;
        this.json = stores.json;
        this.quarantine = stores.quarantine;
        this.transactions = stores.transactions;
        this.ahead = new PageAhead<>(properties.id());
    }

    public IngestProgress start() {
        ahead.forget();
        return IngestProgress.startingAt(properties.id(), cursors.current(properties.id()).orElse(null));
    }

    /**
     * The page after {@code progress}, its changes read: fetched and read ahead while the page
     * before it was stored, or now.
     */
    public ChangePage fetch(IngestProgress progress) {
        return ahead.take(progress.cursor(), () -> fetch(progress.cursor()));
    }

    /**
     * Reading a page's changes touches no store: it may run before the page before it is stored.
     * What depends on the store (an authorization published once) is checked when the page is.
     */
    private ChangePage fetch(String cursor) {
        var url = pageUrl(cursor);
        try {
            JsonNode body = UpstreamCall.call(properties.id(), url,
                    () -> api.listChangesWithResponseSpec(cursor, properties.pageSize()).body(JsonNode.class));
            var page = FeedPage.read(properties.id(), url, body);
            return new ChangePage(page, read(properties.id(), page.items(), json));
        } catch (UnreadablePage e) {
            quarantine.holdPage(properties.id(), url, e.getMessage());
            throw e;
        }
    }

    /**
     * The page, its quarantined records and the cursor after it are stored together, or not at
     * all. Authorizations are kept at their latest version; actions and adjustments once each; a
     * pair confirms the one the gateway minted (or is kept as found). A change the gateway refuses
     * goes to the quarantine; the rest of the page is stored. The next page is fetched meanwhile.
     */
    public IngestProgress store(IngestProgress progress, ChangePage read) {
        var page = read.page();
        if (page.hasMore()) {
            ahead.fetch(page.nextCursor(), () -> fetch(page.nextCursor()));
        }
        var next = transactions.execute(status -> stored(progress, read));
        events.publishEvent(next);
        return next;
    }

    private IngestProgress stored(IngestProgress progress, ChangePage read) {
        var page = read.page();
        var reading = PublishedOnce.check(properties.id(), read.reading(), page.items(), authorizations);
        var authorizationRecords = reading.accepted().stream().map(NationalChange::authorization)
                .filter(Objects::nonNull).toList();
        var stored = authorizations.store(properties.id(), authorizationRecords)
                .plus(storeItmoRecords(reading.accepted()));
        quarantine.hold(properties.id(), pageUrl(progress.cursor()), reading.refused());
        quarantine.release(properties.id(), reading.accepted().stream().map(NationalChange::recordId)
                .filter(Objects::nonNull).toList());
        cursors.advance(properties.id(), page.nextCursor());
        return progress.afterPage(page.nextCursor(), page.hasMore(), page.items().size(),
                stored.inserted(), stored.updated(), stored.unchanged());
    }

    static PageReading<NationalChange> read(String registry, JsonNode items, UpstreamJson json) {
        return RecordByRecord.read(items, ChangeTranslator::recordId, ChangeTranslator::recordKey,
                item -> ChangeTranslator.toChange(registry, item, json));
    }

    /**
     * The page's actions, adjustments, pairs and withdrawals, each kind in one call (one lookup, batched
     * inserts): the kinds are independent of each other, so the order between them does not matter.
     */
    private StoreResult storeItmoRecords(List<NationalChange> changes) {
        var actions = changes.stream().map(NationalChange::action).filter(Objects::nonNull).toList();
        var adjustments = changes.stream().filter(c -> c.adjustment() != null)
                .map(c -> new NationalRecords.ReportedAdjustment(c.adjustment(), c.syntheticAdjustment())).toList();
        var pairs = changes.stream().filter(c -> c.pair() != null)
                .map(c -> new PairConfirmations.RegisteredPair(c.pair(), c.pairAuthorizationId())).toList();
        var withdrawn = changes.stream().map(NationalChange::withdrawal).filter(Objects::nonNull).toList();
        int records = actions.size() + adjustments.size() + pairs.size() + withdrawn.size();
        int fresh = (actions.isEmpty() ? 0 : national.storeActions(properties.id(), actions))
                + (adjustments.isEmpty() ? 0 : national.storeAdjustments(properties.id(), adjustments))
                + (pairs.isEmpty() ? 0 : this.pairs.confirmAll(pairs))
                + (withdrawn.isEmpty() ? 0 : withdrawals.recordAll(withdrawn));
        return new StoreResult(fresh, 0, records - fresh);
    }

    /** A page as fetched, and its changes as read from it. */
    record ChangePage(FeedPage page, PageReading<NationalChange> reading) {
    }

    private String pageUrl(String cursor) {
        return properties.url() + "/changes" + (cursor == null ? "" : "?cursor=" + cursor);
    }
}
