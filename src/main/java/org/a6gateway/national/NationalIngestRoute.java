package org.a6gateway.national;

import org.a6gateway.ledger.IngestProgress;
import org.apache.camel.Predicate;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Pages through the national registry's change feed until it has no more. */
@Component
class NationalIngestRoute extends RouteBuilder {

    static final String URI = "direct:national.ingest";

    /** The registry said it has more after the page just stored. */
    private static final Predicate MORE_PAGES = exchange -> exchange.getMessage().getBody(IngestProgress.class).hasMore();

    @Override
    public void configure() {
        from(URI).routeId("national.ingest")
                .bean("nationalChangeFeed", "start")
                .loopDoWhile(MORE_PAGES)
                    .setProperty("progress", body())
                    .bean("nationalChangeFeed", "fetch")
                    .bean("nationalChangeFeed", "store(${exchangeProperty.progress}, ${body})")
                .end();
    }
}
