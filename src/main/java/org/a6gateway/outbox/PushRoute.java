package org.a6gateway.outbox;

import org.a6gateway.feeds.RetryLog;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * Drains one registry's outbox: each command is delivered on its own, retried with exponential
 * backoff, and dead-lettered when retries run out or the registry refuses it. The pusher bean
 * named here does the work; the route says in which order and how often.
 */
public abstract class PushRoute extends RouteBuilder {

    private final String uri;
    private final String routeId;
    private final String pusherBean;
    private final PushProperties properties;
    private final RetryLog retryLog;

    protected PushRoute(String uri, String routeId, String pusherBean, PushProperties properties, RetryLog retryLog) {
        this.uri = uri;
        this.routeId = routeId;
        this.pusherBean = pusherBean;
        this.properties = properties;
        this.retryLog = retryLog;
    }

    @Override
    public void configure() {
        onException(RejectedCommand.class).maximumRedeliveries(0).handled(true).bean(pusherBean, "deadLetter");

        from(uri).routeId(routeId)
                .errorHandler(deadLetterChannel("bean:" + pusherBean + "?method=deadLetter")
                        .maximumRedeliveries(properties.maxRedeliveries())
                        .redeliveryDelay(properties.redeliveryDelayMs())
                        .useExponentialBackOff().backOffMultiplier(2)
                        .maximumRedeliveryDelay(properties.maxRedeliveryDelayMs())
                        .retryAttemptedLogLevel(LoggingLevel.WARN)
                        .onRedelivery(this::commandRetried))
                .bean(pusherBean, "start")
                .split(body())
                    .bean(pusherBean, "deliver")
                .end()
                .bean(pusherBean, "result");
    }

    private void commandRetried(Exchange exchange) {
        var command = exchange.getMessage().getBody(PendingCommand.class);
        retryLog.retried(command.registry(), RetryLog.PUSH, Long.toString(command.id()));
    }
}
