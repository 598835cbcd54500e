package org.a6gateway.ledger;

import org.apache.camel.Predicate;
import org.apache.camel.builder.RouteBuilder;

/**
 * Pages through a registry's change feed until it has no more: start at the stored cursor, then
 * fetch a page and store it (with the cursor after it) while the registry says there is more.
 * The feed bean named here does the work; the route only says in which order.
 */
public abstract class ChangeFeedRoute extends RouteBuilder {

    /** The registry said it has more after the page just stored. */
    private static final Predicate MORE_PAGES = exchange -> exchange.getMessage().getBody(IngestProgress.class).hasMore();

    private final String uri;
    private final String routeId;
    private final String feedBean;

    protected ChangeFeedRoute(String uri, String routeId, String feedBean) {
        this.uri = uri;
        this.routeId = routeId;
        this.feedBean = feedBean;
    }

    @Override
    public void configure() {
        from(uri).routeId(routeId)
                .bean(feedBean, "start")
                .loopDoWhile(MORE_PAGES)
                    .setProperty("progress", body())
                    .bean(feedBean, "fetch")
                    .bean(feedBean, "store(${exchangeProperty.progress}, ${body})")
                .end();
    }
}
