package org.a6gateway.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.List;
import java.util.function.Supplier;

/**
 * A registry's answers to a run of requests, in order, as a WireMock scenario: the n-th request
 * matching gets the n-th answer; after the last, the registry's own stub answers again. So a fault
 * can be put on exactly one page or one command without knowing its cursor's or key's value.
 */
final class FaultScript {

    private FaultScript() {
    }

    static void play(WireMockServer server, String scenario, Supplier<MappingBuilder> requests,
                     List<ResponseDefinitionBuilder> answers) {
        for (int i = 0; i < answers.size(); i++) {
            server.stubFor(requests.get().atPriority(1).inScenario(scenario)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "answer " + i)
                    .willSetStateTo("answer " + (i + 1)).willReturn(answers.get(i)));
        }
    }

    /** The simulated registry's own answer to an operation, as its stub mappings give it. */
    static ResponseDefinitionBuilder proper(String registry, String operation) {
        return aResponse().withStatus(200).withTransformers(registry).withTransformerParameter("operation", operation);
    }
}
