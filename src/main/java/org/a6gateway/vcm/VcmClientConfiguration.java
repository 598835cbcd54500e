package org.a6gateway.vcm;

import org.a6gateway.feeds.UpstreamJson;
import org.a6gateway.vcm.client.ApiClient;
import org.a6gateway.vcm.client.api.BlocksApi;
import org.a6gateway.vcm.client.api.HealthApi;
import org.a6gateway.vcm.client.api.ItmoReferencesApi;
import org.a6gateway.vcm.client.api.LabelsApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/** The generated client on Boot's RestClient (timeouts, HTTP client), reading JSON within the ingest limits. */
@Configuration(proxyBeanMethods = false)
class VcmClientConfiguration {

    @Bean
    ApiClient vcmApiClient(RestClient.Builder builder, VcmProperties properties, UpstreamJson json) {
        return new ApiClient(json.restClient(builder)).setBasePath(properties.url());
    }

    @Bean
    BlocksApi vcmBlocksApi(ApiClient vcmApiClient) {
        return new BlocksApi(vcmApiClient);
    }

    @Bean
    LabelsApi vcmLabelsApi(ApiClient vcmApiClient) {
        return new LabelsApi(vcmApiClient);
    }

    @Bean
    HealthApi vcmHealthApi(ApiClient vcmApiClient) {
        return new HealthApi(vcmApiClient);
    }

    @Bean
    ItmoReferencesApi vcmItmoReferencesApi(ApiClient vcmApiClient) {
        return new ItmoReferencesApi(vcmApiClient);
    }
}
