package org.a6gateway.vcm;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Pages through the private registry's change feed until it has no more. */
@Component
class VcmIngestRoute extends RouteBuilder {

    static final String URI = "direct:vcm.ingest";

    @Override
    public void configure() {
        from(URI).routeId("vcm.ingest")
                .bean("vcmChangeFeed", "start")
                .loopDoWhile(simple("${body.hasMore}"))
                    .setProperty("progress", body())
                    .bean("vcmChangeFeed", "fetch")
                    .bean("vcmChangeFeed", "store(${exchangeProperty.progress}, ${body})")
                .end();
    }
}
