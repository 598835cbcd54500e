package org.a6gateway.simulator;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the simulated registries for every side whose URL is left blank (the demo and the tests),
 * and points the gateway at them, before any bean reads the URLs. The simulated private registry
 * comes with its Party's declaration that 1,000 kilogram mini credits make one ITMO
 * ({@link #DEMO_DECLARATIONS}), below every other setting: a real registry gets only what its
 * Party declares.
 */
public class SimulatorEnvironment implements EnvironmentPostProcessor {

    static final String SOURCE = "a6Simulators";
    static final String DEMO_DECLARATIONS = "a6DemoPartyDeclarations";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        boolean enabled = env.getProperty("a6.simulator.enabled", Boolean.class, true);
        boolean vcm = blank(env.getProperty("a6.vcm.url"));
        boolean national = blank(env.getProperty("a6.national.url"));
        if (!enabled || !(vcm || national) || env.getPropertySources().contains(SOURCE)) {
            return;
        }
        var simulators = RegistrySimulators.start(vcm ? env.getProperty("a6.simulator.vcm-port", Integer.class, 0) : null,
                national ? env.getProperty("a6.simulator.national-port", Integer.class, 0) : null);
        var urls = new HashMap<String, Object>();
        if (vcm) {
            urls.put("a6.vcm.url", simulators.vcmBaseUrl());
        }
        if (national) {
            urls.put("a6.national.url", simulators.nationalBaseUrl());
        }
        env.getPropertySources().addFirst(new Started(urls, simulators));
        if (vcm) {
            env.getPropertySources().addLast(new MapPropertySource(DEMO_DECLARATIONS,
                    Map.of("a6.units.conversions.KVS.MCC", "1000")));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The URLs of the started simulators, holding on to them so the context can stop them. */
    static final class Started extends MapPropertySource {
        final RegistrySimulators simulators;

        Started(Map<String, Object> urls, RegistrySimulators simulators) {
            super(SOURCE, urls);
            this.simulators = simulators;
        }
    }
}
