package org.a6gateway.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a push retries a failing command before dead-lettering it (delays double each time), and
 * when its breaker opens (after {@code breakerThreshold} commands dead-lettered in a row) and for
 * how long it stays open before a trial command may pass. A delay never grows past
 * {@code maxRedeliveryDelayMs}.
 */
@ConfigurationProperties("a6.push")
public record PushProperties(@DefaultValue("3") int maxRedeliveries, @DefaultValue("100") long redeliveryDelayMs,
                             @DefaultValue("10000") long maxRedeliveryDelayMs,
                             @DefaultValue("5") int breakerThreshold, @DefaultValue("30000") long breakerOpenMs) {
}
