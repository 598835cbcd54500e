package org.a6gateway.simulator;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The WireMock extension behind a simulated registry's stub mappings: each mapping names its
 * operation in {@code transformerParameters}, and the registry in memory answers it.
 */
final class RegistryTransformer implements ResponseDefinitionTransformerV2 {

    private final SimulatedRegistry registry;

    RegistryTransformer(SimulatedRegistry registry) {
        this.registry = registry;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        Request request = event.getRequest();
        var call = new Call(event.getTransformerParameters().getString("operation"), lastSegment(request.getUrl()),
                query(request, "cursor"), query(request, "limit"), header(request, "Idempotency-Key"),
                request.getBodyAsString());
        var answer = registry.answer(call);
        // Built on the stub's own definition, so a delay or dribble a fault test puts on it stays.
        return ResponseDefinitionBuilder.like(event.getResponseDefinition()).but().withStatus(answer.status())
                .withHeader("Content-Type", answer.isProblem() ? "application/problem+json" : "application/json")
                .withBody(answer.body()).build();
    }

    @Override
    public String getName() {
        return registry.name();
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    private static String lastSegment(String url) {
        String path = url.split("\\?", 2)[0];
        return URLDecoder.decode(path.substring(path.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
    }

    private static String query(Request request, String name) {
        var parameter = request.queryParameter(name);
        return parameter.isPresent() ? parameter.firstValue() : null;
    }

    private static String header(Request request, String name) {
        var header = request.header(name);
        return header.isPresent() ? header.firstValue() : null;
    }
}
