package org.a6gateway.national;

import org.a6gateway.authorization.AuthorizationStore;
import org.a6gateway.blocks.StoreResult;
import org.a6gateway.itmo.ItmoPairs;
import org.a6gateway.itmo.NationalRecords;
import org.a6gateway.ledger.IngestCursors;
import org.a6gateway.ledger.IngestProgress;
import org.a6gateway.ledger.UpstreamCall;
import org.a6gateway.national.client.api.ChangesApi;
import org.a6gateway.national.client.model.Change;
import org.a6gateway.national.client.model.ChangePage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the national registry's change feed one page at a time and stores each page with its cursor. */
@Component("nationalChangeFeed")
class NationalChangeFeed {

    private static final StoreResult NEW = new StoreResult(1, 0, 0);
    private static final StoreResult UNCHANGED = new StoreResult(0, 0, 1);

    private final ChangesApi api;
    private final NationalProperties properties;
    private final AuthorizationStore authorizations;
    private final IngestCursors cursors;
    private final ApplicationEventPublisher events;
    private final NationalRecords national;
    private final ItmoPairs pairs;

    NationalChangeFeed(ChangesApi api, NationalProperties properties, AuthorizationStore authorizations,
                       IngestCursors cursors, ApplicationEventPublisher events, NationalRecords national,
                       ItmoPairs pairs) {
        this.api = api;
        this.properties = properties;
        this.authorizations = authorizations;
        this.cursors = cursors;
        this.events = events;
        this.national = national;
        this.pairs = pairs;
    }

    public IngestProgress start() {
        return IngestProgress.startingAt(properties.name(), cursors.current(properties.name()).orElse(null));
    }

    public ChangePage fetch(IngestProgress progress) {
        var url = properties.url() + "/changes" + (progress.cursor() == null ? "" : "?cursor=" + progress.cursor());
        return UpstreamCall.call(properties.name(), url, () -> api.listChanges(progress.cursor(), properties.pageSize()));
    }

    /**
     * The page and the cursor after it are stored together, or not at all. Authorizations are
     * kept at their latest version; actions and adjustments once each; a pair confirms the one the
     * gateway minted (or is kept as found).
     */
    @Transactional
    public IngestProgress store(IngestProgress progress, ChangePage page) {
        var authorizationRecords = page.getItems().stream()
                .filter(c -> c.getKind() == Change.KindEnum.AUTHORIZATION)
                .map(c -> AuthorizationTranslator.toRecord(properties.name(), c.getAuthorization()))
                .toList();
        var stored = authorizations.store(properties.name(), authorizationRecords);
        for (Change change : page.getItems()) {
            if (change.getKind() != Change.KindEnum.AUTHORIZATION) {
                stored = stored.plus(storeItmoRecord(change) ? NEW : UNCHANGED);
            }
        }
        cursors.advance(properties.name(), page.getNextCursor());
        var next = progress.afterPage(page.getNextCursor(), page.getHasMore(), page.getItems().size(),
                stored.inserted(), stored.updated(), stored.unchanged());
        events.publishEvent(next);
        return next;
    }

    /** Returns whether the record was new to the gateway. */
    private boolean storeItmoRecord(Change change) {
        return switch (change.getKind()) {
            case ACTION -> national.storeAction(properties.name(), ItmoRecordTranslator.toAction(change.getAction()));
            case CORRESPONDING_ADJUSTMENT -> national.storeAdjustment(properties.name(),
                    ItmoRecordTranslator.toAdjustment(change.getCorrespondingAdjustment()),
                    Boolean.TRUE.equals(change.getCorrespondingAdjustment().getSynthetic()));
            case ITMO_PAIR -> pairs.confirm(ItmoRecordTranslator.toPair(change.getItmoPair()),
                    change.getItmoPair().getAuthorizationId());
            case AUTHORIZATION -> throw new IllegalArgumentException("authorizations are stored by page");
        };
    }
}
