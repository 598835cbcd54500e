package org.a6gateway.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.a6gateway.simulator.RegistrySimulators;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Both simulated registries on fixed ports, so integrators can try their clients against them. */
@Command(name = "serve-simulators", mixinStandardHelpOptions = true,
        description = {"Serve the simulated private and national registries until interrupted.",
                "They are seeded with the 601 real Article 6 blocks; their contracts are",
                "openapi/vcm-registry.yaml and openapi/itmo-registry.yaml."})
class ServeSimulatorsCommand implements Callable<Integer> {

    @Option(names = "--vcm-port", defaultValue = "8091", description = "Private registry port (default: ${DEFAULT-VALUE}).")
    int vcmPort;

    @Option(names = "--national-port", defaultValue = "8092", description = "National registry port (default: ${DEFAULT-VALUE}).")
    int nationalPort;

    @Spec
    CommandSpec spec;

    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() throws InterruptedException {
        var simulators = RegistrySimulators.start(vcmPort, nationalPort);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulators.close();
            stopped.countDown();
        }));
        var out = spec.commandLine().getOut();
        out.println("private (VCM) registry:   " + simulators.vcmBaseUrl());
        out.println("national (ITMO) registry: " + simulators.nationalBaseUrl());
        out.println("Ctrl-C stops them.");
        out.flush();
        stopped.await();
        return 0;
    }
}
