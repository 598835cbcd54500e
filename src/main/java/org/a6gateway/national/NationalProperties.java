package org.a6gateway.national;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the national registry answers; the in-process simulator fills a blank {@code url}. */
@ConfigurationProperties("a6.national")
record NationalProperties(String url, @DefaultValue("200") int pageSize,
                          @DefaultValue("national-registry") String name) {
}
