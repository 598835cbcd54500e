package org.a6gateway.national;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Pages through the national registry's change feed until it has no more. */
@Component
class NationalIngestRoute extends RouteBuilder {

    static final String URI = "direct:national.ingest";

    @Override
    public void configure() {
        from(URI).routeId("national.ingest")
                .bean("nationalChangeFeed", "start")
                .loopDoWhile(simple("${body.hasMore}"))
                    .setProperty("progress", body())
                    .bean("nationalChangeFeed", "fetch")
                    .bean("nationalChangeFeed", "store(${exchangeProperty.progress}, ${body})")
                .end();
    }
}
