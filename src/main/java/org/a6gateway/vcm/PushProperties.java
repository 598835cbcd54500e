package org.a6gateway.vcm;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How the push retries a failing command before dead-lettering it: delays double each time. */
@ConfigurationProperties("a6.push")
record PushProperties(@DefaultValue("3") int maxRedeliveries, @DefaultValue("100") long redeliveryDelayMs) {
}
