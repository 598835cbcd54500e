package org.a6gateway.vcm;

import org.a6gateway.ledger.RejectedCommand;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Drains the private registry's outbox: each command is delivered on its own, retried with
 * exponential backoff, and dead-lettered when retries run out or the registry refuses it.
 */
@Component
class VcmPushRoute extends RouteBuilder {

    static final String URI = "direct:vcm.push";

    private final PushProperties properties;

    VcmPushRoute(PushProperties properties) {
        this.properties = properties;
    }

    @Override
    public void configure() {
        onException(RejectedCommand.class).maximumRedeliveries(0).handled(true).bean("vcmPusher", "deadLetter");

        from(URI).routeId("vcm.push")
                .errorHandler(deadLetterChannel("bean:vcmPusher?method=deadLetter")
                        .maximumRedeliveries(properties.maxRedeliveries())
                        .redeliveryDelay(properties.redeliveryDelayMs())
                        .useExponentialBackOff().backOffMultiplier(2)
                        .retryAttemptedLogLevel(LoggingLevel.WARN))
                .bean("vcmPusher", "start")
                .split(body())
                    .bean("vcmPusher", "deliver")
                .end()
                .bean("vcmPusher", "result");
    }
}
