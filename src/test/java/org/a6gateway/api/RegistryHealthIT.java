package org.a6gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.a6gateway.testing.ApiAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.RestClient;

/** A private registry nobody answers at: health says so and why to an operator, while liveness stays up. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "a6.vcm.url=http://127.0.0.1:9/v1")
class RegistryHealthIT {

    @LocalServerPort
    int port;

    @Autowired
    RestClient.Builder builder;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void anUnreachableRegistryIsDownWithItsReasonAndTheGatewayStaysLive() throws Exception {
        var http = builder.baseUrl("http://localhost:" + port).defaultStatusHandler(status -> true, (request, response) -> { })
                .defaultHeader(ApiAccess.KEY_HEADER, ApiAccess.key(context, "OPERATOR")).build();

        var response = http.get().uri("/actuator/health").retrieve().toEntity(String.class);
        var health = new ObjectMapper().readTree(response.getBody());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(health.at("/components/registries/components/vcm-registry/status").asText()).isEqualTo("DOWN");
        assertThat(health.at("/components/registries/components/vcm-registry/details/reason").asText()).contains("vcm-registry is unreachable")
                .contains("127.0.0.1:9");
        assertThat(health.at("/components/registries/components/national-registry/status").asText()).isEqualTo("UP");
        assertThat(http.get().uri("/actuator/health/liveness").retrieve().toEntity(String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
