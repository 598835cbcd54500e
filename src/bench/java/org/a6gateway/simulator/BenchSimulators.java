package org.a6gateway.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Both simulated registries over a generated {@link BenchWorld} (its records first, the synthetic
 * demo's after them), on free ports, with no request journal: WireMock would keep every page it
 * served, response bodies included. {@link #changeBlocks} changes generated blocks upstream.
 */
public final class BenchSimulators implements AutoCloseable {

    private final RegistrySimulators registries;
    private final BenchVcmRegistry vcm;

    private BenchSimulators(RegistrySimulators registries, BenchVcmRegistry vcm) {
        this.registries = registries;
        this.vcm = vcm;
    }

    public static BenchSimulators start(BenchWorld world) {
        var json = new ObjectMapper();
        var demo = SyntheticDemo.load(json);
        var vcm = new BenchVcmRegistry(json, world, demo);
        return new BenchSimulators(new RegistrySimulators(RegistrySimulators.serve(0, vcm, "vcm-registry", false),
                RegistrySimulators.serve(0, new ItmoRegistry(json, new BenchNationalRecords(world), demo), "itmo-registry", false)),
                vcm);
    }

    public RegistrySimulators registries() {
        return registries;
    }

    /** Changes {@code count} generated blocks upstream (a new version each, spread over the world). */
    public void changeBlocks(int count) {
        int blocks = vcm.generatedBlocks();
        long step = Math.max(1, blocks / Math.max(1, count));
        for (int k = 0; k < count && k < blocks; k++) {
            vcm.change((int) ((k * step) % blocks));
        }
    }

    @Override
    public void close() {
        registries.close();
    }
}
