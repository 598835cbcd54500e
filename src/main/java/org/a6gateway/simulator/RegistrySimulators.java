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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The simulated registries as WireMock servers, seeded with the real Article 6 blocks and, after
 * them, the synthetic Korean demo programme: the private side either as one registry holding
 * every block, or as a host Party has it, one registry per programme ({@link #startDemo}). The
 * stub mappings and the seed are read from the classpath, so the packaged jar runs them anywhere.
 */
public final class RegistrySimulators implements AutoCloseable {

    static final String SEED = "simulator/seed/article6-authorized-blocks.csv";
    /** The demo's private registries: the programme each holds, by the registry's id. */
    private static final Map<String, String> DEMO_REGISTRIES = demoRegistries();

    private final Map<String, WireMockServer> privates;
    private final Map<String, WireMockServer> nationals;
    /** The national registries' records, by the server that serves them. */
    private final Map<WireMockServer, ItmoRegistry> nationalRecords = new HashMap<>();

    private RegistrySimulators(Map<String, WireMockServer> privates, Map<String, WireMockServer> nationals) {
        this.privates = privates;
        this.nationals = nationals;
    }

    RegistrySimulators(Map<String, WireMockServer> privates, WireMockServer national) {
        this(privates, national == null ? Map.of() : Map.of("national-registry", national));
    }

    RegistrySimulators(WireMockServer vcm, WireMockServer national) {
        this(vcm == null ? Map.of() : Map.of("vcm-registry", vcm), national);
    }

    private static Map<String, String> demoRegistries() {
        var registries = new LinkedHashMap<String, String>();
        registries.put("verra", "VCS");
        registries.put("gold-standard", "GS");
        registries.put(SyntheticDemo.HOME, SyntheticDemo.REGISTRY);
        return registries;
    }

    /**
     * One private registry holding every block and the national one, each side started when its
     * port is given (0 = any free port); a null port leaves that side out.
     */
    public static RegistrySimulators start(Integer vcmPort, Integer nationalPort) {
        var json = new ObjectMapper();
        var seed = seed();
        var demo = SyntheticDemo.load(json);
        var vcm = vcmPort == null ? null : serve(vcmPort, new VcmRegistry(json, seed, demo), "vcm-registry");
        var national = nationalPort == null ? null : serve(nationalPort, new ItmoRegistry(json, seed, demo), "itmo-registry");
        return new RegistrySimulators(vcm, national);
    }

    /**
     * The demo as a host Party has it: the Verra blocks in a registry of their own ({@code verra}),
     * the Gold Standard ones in another ({@code gold-standard}), the synthetic Korean programme in
     * a third ({@code kvs}; a demo block may be held elsewhere, as units moved between registries
     * are), and the national registry. Private registries on consecutive ports from {@code
     * firstPrivatePort} (0 = free ports); a null port leaves that side out.
     */
    public static RegistrySimulators startDemo(Integer firstPrivatePort, Integer nationalPort) {
        var json = new ObjectMapper();
        var seed = seed();
        var demo = SyntheticDemo.load(json);
        var privates = new LinkedHashMap<String, WireMockServer>();
        if (firstPrivatePort != null) {
            int offset = 0;
            for (var registry : DEMO_REGISTRIES.entrySet()) {
                var blocks = new ArrayList<ObjectNode>();
                seed.stream().filter(row -> row.registry().equals(registry.getValue()))
                        .forEach(row -> blocks.add(VcmSeed.block(json, row)));
                blocks.addAll(demo.blocksHeldAt(registry.getKey()));
                int port = firstPrivatePort == 0 ? 0 : firstPrivatePort + offset++;
                privates.put(registry.getKey(), serve(port, new VcmRegistry(json, blocks), "vcm-registry"));
            }
        }
        var records = new ItmoRegistry(json, seed, demo);
        var national = nationalPort == null ? null : serve(nationalPort, records, "itmo-registry");
        var simulators = new RegistrySimulators(privates, national);
        if (national != null) {
            simulators.nationalRecords.put(national, records);
        }
        return simulators;
    }

    /**
     * Records a change at the first national registry, as its officers would (an adjustment
     * reported, an authorization revoked): {@code kind} and the record under its field, as
     * {@code itmo-registry.yaml}'s {@code Change} has them. The next read of its feed sees it.
     */
    public void recordNational(ObjectNode change) {
        var records = nationalRecords.get(nationals.values().iterator().next());
        if (records == null) {
            throw new IllegalStateException("this national registry takes no changes after its start");
        }
        records.append(change);
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

    /**
     * Registries holding these records only, each on a free port, by id: private registries' blocks
     * as {@code vcm-registry.yaml} shapes them, national registries' changes as {@code
     * itmo-registry.yaml}'s {@code Change} does. A host Party's setup, or several Parties'.
     */
    public static RegistrySimulators serving(Map<String, List<ObjectNode>> privateBlocks,
                                             Map<String, List<ObjectNode>> nationalChanges) {
        var json = new ObjectMapper();
        var privates = new LinkedHashMap<String, WireMockServer>();
        privateBlocks.forEach((id, blocks) -> privates.put(id, serve(0, new VcmRegistry(json, blocks), "vcm-registry")));
        var nationals = new LinkedHashMap<String, WireMockServer>();
        nationalChanges.forEach((id, changes) -> nationals.put(id, serve(0, new ItmoRegistry(json, changes), "itmo-registry")));
        return new RegistrySimulators(privates, nationals);
    }

    /** The private registry's URL, or the first one's when there are several. */
    public String vcmBaseUrl() {
        return baseUrl(privates.values().iterator().next());
    }

    /** Each private registry's URL by its id, in the order started. */
    public Map<String, String> privateBaseUrls() {
        var urls = new LinkedHashMap<String, String>();
        privates.forEach((id, server) -> urls.put(id, baseUrl(server)));
        return urls;
    }

    /** The national registry's URL, or the first one's when there are several. */
    public String nationalBaseUrl() {
        return baseUrl(nationals.values().iterator().next());
    }

    /** Each national registry's URL by its id, in the order started. */
    public Map<String, String> nationalBaseUrls() {
        var urls = new LinkedHashMap<String, String>();
        nationals.forEach((id, server) -> urls.put(id, baseUrl(server)));
        return urls;
    }

    /** Each national registry's server by its id. */
    public Map<String, WireMockServer> nationalServers() {
        return Map.copyOf(nationals);
    }


    /** The address the servers bind to; "localhost" might resolve to ::1, where nothing listens. */
    private static String baseUrl(WireMockServer server) {
        return "http://127.0.0.1:" + server.port() + "/v1";
    }

    /** The servers, for tests that inspect request journals. */
    public List<WireMockServer> servers() {
        var servers = new ArrayList<WireMockServer>(privates.values());
        servers.addAll(nationals.values());
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
        // The quiet notifier drops WireMock's per-request log line; not asking for it saves formatting
        // every request and response into it.
        var options = options().port(port).bindAddress("127.0.0.1")
                .extensions(new RegistryTransformer(registry)).notifier(new Slf4jNotifier(false))
                .stubRequestLoggingDisabled(true);
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
