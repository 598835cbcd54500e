package org.a6gateway.outbox;

import org.a6gateway.feeds.RetryLog;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * Drains one registry's outbox: each command is delivered on its own, retried with exponential
 * backoff, and dead-lettered when retries run out or the registry refuses it. The pusher given
 * does the work; the route says in which order and how often.
 */
public final class PushRoute extends RouteBuilder {

    private final String uri;
    private final String routeId;
    private final CommandPusher pusher;
    private final PushProperties properties;
    private final RetryLog retryLog;

    public PushRoute(String uri, String routeId, CommandPusher pusher, PushProperties properties, RetryLog retryLog) {
        this.uri = uri;
        this.routeId = routeId;
        this.pusher = pusher;
        this.properties = properties;
        this.retryLog = retryLog;
    }

    @Override
    public void configure() {
        // the dead letter channel names its endpoint: the pusher is bound under the route's name
        String bean = routeId + ".pusher";
        getCamelContext().getRegistry().bind(bean, pusher);
        onException(RejectedCommand.class).maximumRedeliveries(0).handled(true).bean(pusher, "deadLetter");

        from(uri).routeId(routeId)
                .errorHandler(deadLetterChannel("bean:" + bean + "?method=deadLetter")
                        .maximumRedeliveries(properties.maxRedeliveries())
                        .redeliveryDelay(properties.redeliveryDelayMs())
                        .useExponentialBackOff().backOffMultiplier(2)
                        .maximumRedeliveryDelay(properties.maxRedeliveryDelayMs())
                        .retryAttemptedLogLevel(LoggingLevel.WARN)
                        .onRedelivery(this::commandRetried))
                .bean(pusher, "start")
                .split(body())
                    .bean(pusher, "deliver")
                .end()
                .bean(pusher, "result");
    }

    private void commandRetried(Exchange exchange) {
        var command = exchange.getMessage().getBody(PendingCommand.class);
        retryLog.retried(command.registry(), RetryLog.PUSH, Long.toString(command.id()));
    }
}
