package org.a6gateway.national;

import org.a6gateway.authorization.AuthorizationStore;
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

    private final ChangesApi api;
    private final NationalProperties properties;
    private final AuthorizationStore authorizations;
    private final IngestCursors cursors;
    private final ApplicationEventPublisher events;

    NationalChangeFeed(ChangesApi api, NationalProperties properties, AuthorizationStore authorizations,
                       IngestCursors cursors, ApplicationEventPublisher events) {
        this.api = api;
        this.properties = properties;
        this.authorizations = authorizations;
        this.cursors = cursors;
        this.events = events;
    }

    public IngestProgress start() {
        return IngestProgress.startingAt(properties.name(), cursors.current(properties.name()).orElse(null));
    }

    public ChangePage fetch(IngestProgress progress) {
        var url = properties.url() + "/changes" + (progress.cursor() == null ? "" : "?cursor=" + progress.cursor());
        return UpstreamCall.call(properties.name(), url, () -> api.listChanges(progress.cursor(), properties.pageSize()));
    }

    /** The page and the cursor after it are stored together, or not at all. */
    @Transactional
    public IngestProgress store(IngestProgress progress, ChangePage page) {
        var records = page.getItems().stream()
                .filter(c -> c.getKind() == Change.KindEnum.AUTHORIZATION)
                .map(c -> AuthorizationTranslator.toRecord(properties.name(), c.getAuthorization()))
                .toList();
        var stored = authorizations.store(properties.name(), records);
        cursors.advance(properties.name(), page.getNextCursor());
        var next = progress.afterPage(page.getNextCursor(), page.getHasMore(), page.getItems().size(),
                stored.inserted(), stored.updated(), stored.unchanged());
        events.publishEvent(next);
        return next;
    }
}
