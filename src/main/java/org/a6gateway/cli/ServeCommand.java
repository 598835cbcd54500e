package org.a6gateway.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.a6gateway.jobs.JobLeases;
import org.a6gateway.security.ApiKeys;
import org.a6gateway.security.IssuedKey;
import org.a6gateway.sync.PartitionWorker;
import org.a6gateway.sync.SyncPoller;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Runs the API (with Swagger UI) until stopped, and, when {@code a6.sync.poll-interval} is set, the sync
 * poller and the worker that takes registries' partitions of any instance's sync.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the gateway API and Swagger UI until interrupted (Ctrl-C).")
class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", description = "HTTP port (0: any free one). Without it, server.port or SERVER_PORT as in any"
            + " Spring Boot application; 8080 when neither is set.")
    Integer port;

    @Mixin
    ContextOptions options = new ContextOptions();

    @Spec
    CommandSpec spec;

    @ParentCommand
    GatewayCommand parent;

    @Override
    public Integer call() throws InterruptedException {
        if (port != null) {
            options.properties = new java.util.ArrayList<>(options.properties);
            options.properties.add("server.port=" + port);
        }
        var closed = new CountDownLatch(1);
        var context = GatewayContext.start(parent.application(), WebApplicationType.SERVLET, options,
                (ContextClosedEvent event) -> closed.countDown());
        var out = spec.commandLine().getOut();
        out.printf("a6-gateway serving on http://localhost:%s/api/v1 — Swagger UI: http://localhost:%1$s/swagger-ui.html%n",
                context.getEnvironment().getProperty("local.server.port"));
        var poller = context.getBean(SyncPoller.class);
        if (poller.start()) {
            context.getBean(PartitionWorker.class).start();
            out.printf("Syncing every %s on whichever gateway instance holds the sync lease (this one is %s); every"
                    + " instance reads the private registries' partitions of a sync%n",
                    poller.interval().orElseThrow(), context.getBean(JobLeases.class).instanceId());
        }
        if (context.getEnvironment().getProperty("a6.security.demo-keys", Boolean.class, false)) {
            printDemoKeys(out, context.getBean(ApiKeys.class).issueDemoKeys());
        }
        out.flush();
        closed.await();
        return 0;
    }

    /** On standard output for the person who started the gateway, never to the log. */
    private static void printDemoKeys(java.io.PrintWriter out, java.util.List<IssuedKey> keys) {
        out.println("API keys for this run (X-API-Key header; the previous run's are revoked):");
        keys.forEach(k -> out.printf("  %-11s %s%n", k.key().role(), k.secret()));
    }
}
