package org.a6gateway.feeds;

import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The HTTP client for every registry call: Apache HttpClient 5, with its own automatic retries
 * switched off. It would otherwise repeat a 503 under the push route's retry policy, doubling
 * every attempt a registry sees and hiding it from the dead-letter count.
 */
@Configuration(proxyBeanMethods = false)
class UpstreamHttpConfiguration {

    @Bean
    ClientHttpRequestFactoryBuilder<?> clientHttpRequestFactoryBuilder() {
        return ClientHttpRequestFactoryBuilder.httpComponents()
                .withHttpClientCustomizer(HttpClientBuilder::disableAutomaticRetries);
    }
}
