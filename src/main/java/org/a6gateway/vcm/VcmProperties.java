package org.a6gateway.vcm;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the private registry answers. {@code url} is the API's base (ending in {@code /v1});
 * the in-process simulator fills it when left blank.
 */
@ConfigurationProperties("a6.vcm")
record VcmProperties(String url, @DefaultValue("200") int pageSize, @DefaultValue("vcm-registry") String name) {
}
