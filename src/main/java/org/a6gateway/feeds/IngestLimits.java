package org.a6gateway.feeds;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much of a registry's answer the gateway reads before refusing the page as a whole. A page of
 * 1000 blocks (the contracts' largest) is about 1.5 MB, so 8 MiB leaves room and still stops a
 * 50 MB answer before it fills the heap; the records nest four levels deep, so 64 is generous and
 * stops a 100,000-level document long before the parser's stack is in danger.
 */
@ConfigurationProperties("a6.ingest")
public record IngestLimits(@DefaultValue("8388608") long maxPageBytes, @DefaultValue("64") int maxNestingDepth,
                           @DefaultValue("100000") int maxStringLength) {
}
