package org.a6gateway.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.a6gateway.blocks.BlockStore;
import org.a6gateway.reconciliation.ReconciliationRun;
import org.a6gateway.reconciliation.Reconciliations;
import org.a6gateway.simulator.BenchSimulators;
import org.a6gateway.simulator.BenchWorld;
import org.a6gateway.simulator.RegistrySimulators;
import org.a6gateway.sync.SyncRun;
import org.springframework.boot.WebApplicationType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Measures the gateway at registry scale against a generated world, stage by stage, against the floor. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Generates a seeded registry world (N private blocks, M national records, the synthetic demo's",
                "17 discrepancies), serves it from the simulators and measures, in this one process: the floor (fetch",
                "and parse every page), ingest, the batch jobs, reconciliation, the AEF and Table 4 exports, an incremental",
                "sync and a routine one after it, and last the AEF alone with 100,000 actions (--aef-actions). Uses a fresh H2 database in a",
                "temporary folder unless --db-url or --postgres is given (which must name an empty database)."})
class BenchCommand implements Callable<Integer> {

    @Option(names = "--blocks", defaultValue = "100000", paramLabel = "N", description = "Private blocks (default ${DEFAULT-VALUE}).")
    int blocks;

    @Option(names = "--national", paramLabel = "M", description = "National records (default N/10).")
    Integer national;

    @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--incremental", paramLabel = "K", description = "Blocks changed upstream before the incremental sync (default min(10000, N/10)).")
    Integer incremental;

    @Option(names = "--aef-actions", defaultValue = "100000", paramLabel = "A",
            description = "After the other stages, put A more actions in the store and time the AEF alone at that size"
                    + " (stage aef; default ${DEFAULT-VALUE}, the size the AEF's target names; 0: no such stage).")
    int aefActions;

    @Option(names = "--postgres", description = "Run on the postgres profile's database (it must be empty).")
    boolean postgres;

    @Option(names = "--json", description = "Print the figures as one JSON object on standard output, nothing else.")
    boolean json;

    @Mixin
    ContextOptions options = new ContextOptions();

    @Spec
    CommandSpec spec;

    @ParentCommand
    GatewayCommand parent;

    @Override
    public Integer call() throws Exception {
        var world = new BenchWorld(seed, blocks, national == null ? Math.max(4, blocks / 10) : national);
        int changed = incremental == null ? Math.min(10_000, blocks / 10) : incremental;
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Path folder = null;
        try (var heap = new HeapSampler(); var benchRegistries = BenchSimulators.start(world)) {
            var simulators = benchRegistries.registries();
            var bench = new Bench(heap, spec.commandLine().getErr());
            bench.floor(simulators);
            long records = bench.stages().get(0).records();
            if (options.dbUrl == null && !postgres) {
                folder = Files.createTempDirectory("a6-bench");
                options.dbUrl = "jdbc:h2:file:" + folder.resolve("bench") + ";AUTO_SERVER=FALSE;WRITE_DELAY=0";
            }
            configure(simulators);
            try (var context = GatewayContext.start(parent.application(), WebApplicationType.NONE, options)) {
                if (context.getBean(BlockStore.class).count() > 0) {
                    return Failures.report(spec.commandLine().getErr(), "bench needs an empty database: "
                            + "this one already holds blocks", java.util.List.of(), false);
                }
                SyncRun run = bench.sync(context, "", records);
                bench.export(context, world.nationalRecords());
                long incrementalRead = 0;
                Integer incrementalScopes = null;
                if (changed > 0) {
                    benchRegistries.changeBlocks(changed);
                    var again = bench.sync(context, "incremental", changed);
                    var read = again.summary().ingested().get("vcm-registry");
                    incrementalRead = read == null ? 0 : read.records();
                    incrementalScopes = context.getBean(Reconciliations.class).latest()
                            .map(ReconciliationRun::scopesCompared).orElse(null);
                    // the first sync's own deliveries, read back, are decided by now: a sync as an operator's routine one
                    benchRegistries.changeBlocks(changed);
                    bench.sync(context, "routine", changed);
                }
                if (aefActions > 0) {
                    bench.aef(context, aefActions);
                }
                var figures = figures(world, bench, run, loadBefore, changed);
                figures.put("incrementalBlocksRead", incrementalRead);
                figures.put("incrementalScopesReconciled", incrementalScopes);
                print(figures, context.getBean(ObjectMapper.class));
                return 0;
            }
        } finally {
            delete(folder);
        }
    }

    private void configure(RegistrySimulators simulators) {
        options.vcmRegistryUrl = simulators.vcmBaseUrl();
        options.nationalRegistryUrl = simulators.nationalBaseUrl();
        var properties = new ArrayList<>(options.properties);
        properties.add("a6.vcm.page-size=1000");
        properties.add("a6.national.page-size=1000");
        if (postgres) {
            properties.add("spring.profiles.active=postgres");
        }
        options.properties = properties;
    }

    private Map<String, Object> figures(BenchWorld world, Bench bench, SyncRun run, double loadBefore, int changed) {
        var figures = new LinkedHashMap<String, Object>();
        figures.put("blocks", world.blocks());
        figures.put("nationalRecords", world.nationalRecords());
        figures.put("seed", world.seed());
        figures.put("incrementalBlocks", changed);
        figures.put("database", postgres || (options.dbUrl != null && options.dbUrl.startsWith("jdbc:postgresql")) ? "postgresql" : "h2");
        figures.put("cores", Runtime.getRuntime().availableProcessors());
        figures.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        figures.put("loadAverageBefore", BenchStage.round(loadBefore));
        figures.put("loadAverageAfter", BenchStage.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        var sync = bench.stages().stream().filter(s -> s.name().equals("sync")).findFirst().orElseThrow();
        figures.put("floorSeconds", BenchStage.round(bench.floor()));
        figures.put("totalSeconds", sync.seconds());
        figures.put("ratioToFloor", sync.ratioToFloor());
        figures.put("peakHeapMb", bench.stages().stream().mapToLong(BenchStage::peakHeapMb).max().orElse(0));
        bench.stages().forEach(s -> figures.put(s.name(), s));
        figures.put("steps", bench.steps());
        var s = run.summary();
        figures.put("storedBlocks", s.blocks());
        figures.put("pushed", s.pushed());
        figures.put("ledgerEvents", s.ledgerEvents());
        figures.put("discrepancies", s.discrepancies());
        return figures;
    }

    private void print(Map<String, Object> figures, ObjectMapper mapper) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(mapper.writeValueAsString(figures));
            out.flush();
            return;
        }
        out.printf("a6-gateway bench — N = %,d blocks, M = %,d national records, seed %d, %s, %d cores, -Xmx %,d MB, load %.2f → %.2f%n%n",
                figures.get("blocks"), figures.get("nationalRecords"), figures.get("seed"), figures.get("database"),
                figures.get("cores"), figures.get("maxHeapMb"), figures.get("loadAverageBefore"), figures.get("loadAverageAfter"));
        out.printf("  %-12s %10s %10s %12s %10s %8s%n", "stage", "seconds", "records", "records/s", "heap MB", "× floor");
        figures.values().stream().filter(BenchStage.class::isInstance).map(BenchStage.class::cast).forEach(st ->
                out.printf("  %-12s %10.3f %,10d %,12.0f %10d %8.2f%n", st.name(), st.seconds(), st.records(),
                        st.recordsPerSecond(), st.peakHeapMb(), st.ratioToFloor()));
        out.printf("%n  full sync + reconcile %.3f s = %.2f × the floor (%.3f s); peak heap %d MB%n",
                figures.get("totalSeconds"), figures.get("ratioToFloor"), figures.get("floorSeconds"), figures.get("peakHeapMb"));
        out.printf("  stored blocks %,d, pushed %,d, ledger events %,d, discrepancies %s%n", figures.get("storedBlocks"),
                figures.get("pushed"), figures.get("ledgerEvents"), figures.get("discrepancies"));
        out.printf("  incremental: %,d blocks read, %s scopes reconciled again%n", figures.get("incrementalBlocksRead"),
                figures.get("incrementalScopesReconciled") == null ? "all" : String.format("%,d", figures.get("incrementalScopesReconciled")));
        out.flush();
    }

    private static void delete(Path folder) throws IOException {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
