package org.a6gateway.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.a6gateway.reporting.AefExport;
import org.a6gateway.reporting.AefRequest;
import org.a6gateway.reporting.AefXlsx;
import org.a6gateway.reporting.ReportOrder;
import org.a6gateway.reporting.Reports;
import org.a6gateway.reporting.Table4Elections;
import org.a6gateway.simulator.RegistrySimulators;
import org.a6gateway.sync.SyncRun;
import org.a6gateway.sync.SyncRuns;
import org.a6gateway.units.Party;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The bench's stages, in one process and one run, each timed and its heap peak sampled: the floor
 * (every page of both feeds fetched and parsed, nothing else), then one full sync, whose steps
 * give ingest, the three batch jobs with their deliveries, and the reconciliation; then the AEF
 * and Table 4 exports; then an incremental sync after some blocks changed upstream, and a routine
 * one after the same blocks changed again; last, if asked, the AEF alone at a given number of actions.
 */
final class Bench {

    static final Set<String> INGEST = Set.of("ingestPrivate", "ingestNational");
    /** A private registry's partition of ingestPrivate: its time is the partitioned step's already. */
    private static final String PARTITION = "ingestRegistry:";
    static final Set<String> RECONCILE = Set.of("reconcile");
    static final Set<String> SUMMARIZE = Set.of("summarize");

    private static final int PAGE = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HeapSampler heap;
    private final java.io.PrintWriter progress;
    private final List<BenchStage> stages = new ArrayList<>();
    /** Each sync's steps, in the order they ran, with their wall seconds: what the sync's time is made of. */
    private final Map<String, Map<String, Double>> steps = new LinkedHashMap<>();
    private double floor;

    Bench(HeapSampler heap, java.io.PrintWriter progress) {
        this.heap = heap;
        this.progress = progress;
    }

    /** Each stage goes to standard error as it ends, so that a run that fails later still shows what it measured. */
    private void add(BenchStage stage) {
        stages.add(stage);
        progress.printf("bench: %s %.3f s, %d records, peak heap %d MB%n", stage.name(), stage.seconds(), stage.records(), stage.peakHeapMb());
        progress.flush();
    }

    List<BenchStage> stages() {
        return stages;
    }

    double floor() {
        return floor;
    }

    Map<String, Map<String, Double>> steps() {
        return steps;
    }

    /**
     * (a) Every page of both change feeds fetched over HTTP and parsed into a JSON tree; no
     * processing. Read twice, the first pass only warming the JIT and the simulators, so that the
     * floor is not flattered by a cold start's slowness.
     */
    void floor(RegistrySimulators simulators) throws IOException, InterruptedException {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        read(http, simulators.vcmBaseUrl() + "/blocks/changes");
        read(http, simulators.nationalBaseUrl() + "/changes");
        long start = System.nanoTime();
        long records = read(http, simulators.vcmBaseUrl() + "/blocks/changes") + read(http, simulators.nationalBaseUrl() + "/changes");
        long end = System.nanoTime();
        floor = seconds(start, end);
        add(BenchStage.of("floor", floor, records, heap.peak(start, end), floor));
    }

    private static long read(HttpClient http, String feed) throws IOException, InterruptedException {
        String cursor = "";
        long records = 0;
        while (true) {
            var request = HttpRequest.newBuilder(URI.create(feed + "?limit=" + PAGE + "&cursor="
                    + URLEncoder.encode(cursor, StandardCharsets.US_ASCII))).header("Accept", "application/json").build();
            var response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            JsonNode page;
            try (var body = response.body()) {
                page = JSON.readTree(body);
            }
            if (response.statusCode() != 200) {
                throw new IOException(feed + " answered " + response.statusCode() + ": " + page);
            }
            records += page.get("items").size();
            if (!page.path("hasMore").asBoolean(false)) {
                return records;
            }
            cursor = page.get("nextCursor").asText();
        }
    }

    /** (b)–(d) One full sync; its steps' times make the ingest, batch-job and reconcile stages. */
    SyncRun sync(ConfigurableApplicationContext context, String prefix, long records) {
        var startedAt = LocalDateTime.now();
        long start = System.nanoTime();
        var run = context.getBean(SyncRuns.class).runNow();
        long end = System.nanoTime();
        if (!run.completed()) {
            throw new IllegalStateException("the bench's sync run " + run.id() + " " + run.status().toLowerCase() + ": " + run.failure());
        }
        var steps = context.getBean(JobExplorer.class).getJobExecution(run.id()).getStepExecutions();
        this.steps.put(prefix.isEmpty() ? "sync" : prefix, stepSeconds(steps));
        if (prefix.isEmpty()) {
            stage(steps, "ingest", INGEST, records, startedAt, start);
            stage(steps, "batchJobs", null, records, startedAt, start);
            stage(steps, "reconcile", RECONCILE, records, startedAt, start);
        }
        add(BenchStage.of(prefix.isEmpty() ? "sync" : prefix, seconds(start, end), records, heap.peak(start, end), floor));
        return run;
    }

    private static Map<String, Double> stepSeconds(Collection<StepExecution> steps) {
        var seconds = new LinkedHashMap<String, Double>();
        steps.stream().filter(step -> step.getStartTime() != null && step.getEndTime() != null)
                .sorted(Comparator.comparing(StepExecution::getStartTime))
                .forEach(step -> seconds.merge(step.getStepName(),
                        BenchStage.round(Duration.between(step.getStartTime(), step.getEndTime()).toNanos() / 1e9), Double::sum));
        return seconds;
    }

    /** The steps named (null: every step neither ingest, reconcile nor summarize) as one stage. */
    private void stage(Iterable<StepExecution> steps, String name, Set<String> names, long records,
                       LocalDateTime startedAt, long startNanos) {
        double seconds = 0;
        long peak = 0;
        for (StepExecution step : steps) {
            String s = step.getStepName();
            boolean in = names == null ? !INGEST.contains(s) && !RECONCILE.contains(s) && !SUMMARIZE.contains(s)
                    && !s.startsWith(PARTITION) : names.contains(s);
            if (in && step.getStartTime() != null && step.getEndTime() != null) {
                long from = startNanos + Duration.between(startedAt, step.getStartTime()).toNanos();
                long to = startNanos + Duration.between(startedAt, step.getEndTime()).toNanos();
                seconds += (to - from) / 1e9;
                peak = Math.max(peak, heap.peak(from, to));
            }
        }
        add(BenchStage.of(name, seconds, records, peak, floor));
    }

    /** (e) The AEF (xlsx) and Table 4 (csv) of the world's Party, written and thrown away. */
    void export(ConfigurableApplicationContext context, long records) throws IOException {
        var reports = context.getBean(Reports.class);
        var party = Party.of("KOR");
        long start = System.nanoTime();
        reports.write(ReportOrder.aef(new AefRequest(party, 2026, LocalDate.of(2027, 4, 15), 2021, 2030),
                ReportOrder.Format.XLSX), OutputStream.nullOutputStream());
        reports.write(ReportOrder.btr(new Table4Elections(party, 2021, 2030, Table4Elections.Scope.ALL,
                Table4Elections.Mode.CORRECTED, Table4Elections.Target.SINGLE_YEAR, Table4Elections.Method.TRAJECTORY,
                2024, new TreeMap<>(), new TreeMap<>()), ReportOrder.Format.CSV), OutputStream.nullOutputStream());
        long end = System.nanoTime();
        add(BenchStage.of("export", seconds(start, end), records, heap.peak(start, end), floor));
    }

    /**
     * (f) The AEF of KOR for 2026 alone (xlsx, thrown away) once {@code actions} more actions are in
     * the store ({@link BenchAefActions}); its records are the rows of its Table 3, the actions it reports.
     */
    void aef(ConfigurableApplicationContext context, int actions) throws IOException {
        new BenchAefActions(context).seed(actions);
        var rows = new AefRowCount(new AefXlsx(OutputStream.nullOutputStream()));
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        context.getBean(AefExport.class).write(new AefRequest(Party.of("KOR"), BenchAefActions.YEAR, LocalDate.of(2027, 4, 15),
                2021, 2030), rows);
        long end = System.nanoTime();
        add(BenchStage.of("aef", seconds(start, end), rows.actions(), heap.peak(start, end), floor));
        // On a shared machine wall time follows the load; the process's CPU time (GC included) much less.
        progress.printf("bench: aef used %.3f s of CPU%n", seconds(cpu, processCpuNanos()));
        progress.flush();
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    static double seconds(long startNanos, long endNanos) {
        return (endNanos - startNanos) / 1e9;
    }
}
