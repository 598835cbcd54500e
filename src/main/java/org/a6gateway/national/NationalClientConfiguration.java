package org.a6gateway.national;

import org.a6gateway.feeds.UpstreamJson;
import org.a6gateway.national.client.ApiClient;
import org.a6gateway.national.client.api.ChangesApi;
import org.a6gateway.national.client.api.HealthApi;
import org.a6gateway.national.client.api.ItmoPairsApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
class NationalClientConfiguration {

    @Bean
    ApiClient nationalApiClient(RestClient.Builder builder, NationalProperties properties, UpstreamJson json) {
        return new ApiClient(json.restClient(builder)).setBasePath(properties.url());
    }

    @Bean
    ChangesApi nationalChangesApi(ApiClient nationalApiClient) {
        return new ChangesApi(nationalApiClient);
    }

    @Bean
    HealthApi nationalHealthApi(ApiClient nationalApiClient) {
        return new HealthApi(nationalApiClient);
    }

    @Bean
    ItmoPairsApi nationalItmoPairsApi(ApiClient nationalApiClient) {
        return new ItmoPairsApi(nationalApiClient);
    }
}
