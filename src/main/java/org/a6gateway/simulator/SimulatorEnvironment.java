package org.a6gateway.simulator;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the simulated registries for every side whose URL is left blank (the demo and the tests),
 * and points the gateway at them, before any bean reads the URLs. Only where asked: under the
 * default profile, or with {@code a6.simulator.enabled=true}. Under any other profile a blank URL
 * stops the start with one line naming the setting, before anything is written: a production
 * instance missing its registry must not quietly sync the demo world. The simulated private registry
 * comes with its Party's declaration that 1,000 kilogram mini credits make one ITMO
 * ({@link #DEMO_DECLARATIONS}), below every other setting: a real registry gets only what its
 * Party declares.
 */
public class SimulatorEnvironment implements EnvironmentPostProcessor {

    static final String SOURCE = "a6Simulators";
    static final String DEMO_DECLARATIONS = "a6DemoPartyDeclarations";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        Boolean asked = env.getProperty("a6.simulator.enabled", Boolean.class);
        boolean vcm = blank(env.getProperty("a6.vcm.url"));
        boolean national = blank(env.getProperty("a6.national.url"));
        if (Boolean.FALSE.equals(asked) || !(vcm || national) || env.getPropertySources().contains(SOURCE)) {
            return;
        }
        if (asked == null && env.getActiveProfiles().length > 0) {
            throw new RegistryNotConfigured(missing(vcm, national), String.join(",", env.getActiveProfiles()));
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

    private static String missing(boolean vcm, boolean national) {
        return vcm && national ? "a6.vcm.url and a6.national.url are" : vcm ? "a6.vcm.url is" : "a6.national.url is";
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
