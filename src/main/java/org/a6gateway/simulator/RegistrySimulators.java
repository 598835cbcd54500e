package org.a6gateway.simulator;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Both simulated registries as WireMock servers, seeded with the real Article 6 blocks and,
 * after them, the synthetic Korean demo programme. The stub
 * mappings and the seed are read from the classpath, so the packaged jar runs them anywhere.
 */
public final class RegistrySimulators implements AutoCloseable {

    static final String SEED = "simulator/seed/article6-authorized-blocks.csv";

    private final WireMockServer vcm;
    private final WireMockServer national;

    RegistrySimulators(WireMockServer vcm, WireMockServer national) {
        this.vcm = vcm;
        this.national = national;
    }

    /** Starts the sides whose port is given (0 = any free port); a null port leaves that side out. */
    public static RegistrySimulators start(Integer vcmPort, Integer nationalPort) {
        var json = new ObjectMapper();
        var seed = seed();
        var demo = SyntheticDemo.load(json);
        var vcm = vcmPort == null ? null : serve(vcmPort, new VcmRegistry(json, seed, demo), "vcm-registry");
        var national = nationalPort == null ? null : serve(nationalPort, new ItmoRegistry(json, seed, demo), "itmo-registry");
        return new RegistrySimulators(vcm, national);
    }

    /**
     * Both registries holding these records only, on free ports: the private registry's blocks as
     * {@code vcm-registry.yaml} shapes them, the national registry's changes as {@code
     * itmo-registry.yaml}'s {@code Change} does. For trying the gateway on a registry of one's own.
     */
    public static RegistrySimulators serving(List<ObjectNode> blocks, List<ObjectNode> nationalChanges) {
        var json = new ObjectMapper();
        return new RegistrySimulators(serve(0, new VcmRegistry(json, blocks), "vcm-registry"),
                serve(0, new ItmoRegistry(json, nationalChanges), "itmo-registry"));
    }

    public String vcmBaseUrl() {
        return baseUrl(vcm);
    }

    public String nationalBaseUrl() {
        return baseUrl(national);
    }

    /** The address the servers bind to; "localhost" might resolve to ::1, where nothing listens. */
    private static String baseUrl(WireMockServer server) {
        return "http://127.0.0.1:" + server.port() + "/v1";
    }

    /** The servers, for tests that inspect request journals. */
    public List<WireMockServer> servers() {
        var servers = new ArrayList<WireMockServer>();
        if (vcm != null) {
            servers.add(vcm);
        }
        if (national != null) {
            servers.add(national);
        }
        return servers;
    }

    @Override
    public void close() {
        servers().forEach(WireMockServer::stop);
    }

    /** Stubs go in before the server starts, so no request ever meets a registry without them. */
    private static WireMockServer serve(int port, SimulatedRegistry registry, String mappings) {
        return serve(port, registry, mappings, true);
    }

    static WireMockServer serve(int port, SimulatedRegistry registry, String mappings, boolean journal) {
        var options = options().port(port).bindAddress("127.0.0.1")
                .extensions(new RegistryTransformer(registry)).notifier(new Slf4jNotifier(false));
        var server = new WireMockServer(journal ? options : options.disableRequestJournal());
        stubMappings(mappings).forEach(server::addStubMapping);
        server.start();
        return server;
    }

    private static List<StubMapping> stubMappings(String folder) {
        try {
            var resources = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:simulator/mappings/" + folder + "/*.json");
            var mappings = new ArrayList<StubMapping>();
            for (var resource : resources) {
                mappings.add(StubMapping.buildFrom(resource.getContentAsString(StandardCharsets.UTF_8)));
            }
            return mappings;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the simulator's stub mappings", e);
        }
    }

    private static List<SeedRow> seed() {
        try (var csv = RegistrySimulators.class.getClassLoader().getResourceAsStream(SEED)) {
            if (csv == null) {
                throw new IllegalStateException("the simulator's seed is missing from the classpath: " + SEED);
            }
            return SeedRow.read(csv);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the simulator's seed", e);
        }
    }
}
