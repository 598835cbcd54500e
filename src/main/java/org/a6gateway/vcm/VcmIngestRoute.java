package org.a6gateway.vcm;

import org.a6gateway.ledger.IngestProgress;
import org.apache.camel.Predicate;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Pages through the private registry's change feed until it has no more. */
@Component
class VcmIngestRoute extends RouteBuilder {

    static final String URI = "direct:vcm.ingest";

    /** The registry said it has more after the page just stored. */
    private static final Predicate MORE_PAGES = exchange -> exchange.getMessage().getBody(IngestProgress.class).hasMore();

    @Override
    public void configure() {
        from(URI).routeId("vcm.ingest")
                .bean("vcmChangeFeed", "start")
                .loopDoWhile(MORE_PAGES)
                    .setProperty("progress", body())
                    .bean("vcmChangeFeed", "fetch")
                    .bean("vcmChangeFeed", "store(${exchangeProperty.progress}, ${body})")
                .end();
    }
}
