package org.a6gateway.simulator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.a6gateway.registries.Registry;
import org.a6gateway.registries.RegistryNotConfigured;
import org.a6gateway.registries.RegistryRole;
import org.a6gateway.registries.RegistrySettings;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the simulated registries for every side whose URL is left blank (the demo and the tests),
 * and points the gateway at them, before any bean reads the registries. Only where asked: under
 * the default profile, or with {@code a6.simulator.enabled=true}, and only for the shorthand of one
 * private and one national registry: a list ({@code a6.registries}) names real registries, each
 * with its URL. Under any other profile a blank URL stops the start with one line naming the
 * setting, before anything is written: a production instance missing its registry must not quietly
 * sync the demo world. A blank private URL starts the demo's three private registries (Verra, Gold
 * Standard, the Korean programme), which come with their Party's declaration that 1,000 kilogram
 * mini credits make one ITMO ({@link #DEMO_DECLARATIONS}), below every other setting: a real
 * registry gets only what its Party declares. Nothing the demo decides waits for an officer's
 * approval ({@code a6.approvals.required} empty, below every other setting).
 */
public class SimulatorEnvironment implements EnvironmentPostProcessor {

    static final String SOURCE = "a6Simulators";
    static final String DEMO_DECLARATIONS = "a6DemoPartyDeclarations";
    static final String DEMO_APPROVALS = "a6DemoApprovals";
    /** {@code a6.simulator.private-registries=one}: every programme's blocks in one private registry, {@code vcm-registry}. */
    private static final String ONE = "one";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (env.getPropertySources().contains(SOURCE)) {
            return;
        }
        var binder = Binder.get(env);
        var missing = RegistrySettings.missingUrls(binder);
        Boolean asked = env.getProperty("a6.simulator.enabled", Boolean.class);
        if (missing.isEmpty() || Boolean.FALSE.equals(asked) && !RegistrySettings.listed(binder)) {
            return;
        }
        if (RegistrySettings.listed(binder) || asked == null && env.getActiveProfiles().length > 0) {
            throw RegistryNotConfigured.missing(missing, String.join(",", env.getActiveProfiles()));
        }
        var givenPrivate = RegistrySettings.shorthandPrivate(binder);
        var givenNational = RegistrySettings.shorthandNational(binder);
        boolean demoPrivates = blank(givenPrivate.url());
        Integer privatePort = demoPrivates ? env.getProperty("a6.simulator.vcm-port", Integer.class, 0) : null;
        Integer nationalPort = blank(givenNational.url()) ? env.getProperty("a6.simulator.national-port", Integer.class, 0) : null;
        var simulators = ONE.equals(env.getProperty("a6.simulator.private-registries"))
                ? RegistrySimulators.start(privatePort, nationalPort) : RegistrySimulators.startDemo(privatePort, nationalPort);
        var privates = new ArrayList<Registry>();
        if (demoPrivates) {
            simulators.privateBaseUrls().forEach((id, url) -> privates.add(new Registry(id, RegistryRole.PRIVATE,
                    Registry.A6_V2, url, givenPrivate.pageSize(), null, null)));
        }
        var started = settings(privates);
        if (nationalPort != null) {
            started.put(RegistrySettings.STARTED + ".national", simulators.nationalBaseUrl());
        }
        env.getPropertySources().addLast(new Started(started, simulators));
        // the demo world has no officer to approve: its decisions go out as taken, unless approvals are configured
        env.getPropertySources().addLast(new MapPropertySource(DEMO_APPROVALS, Map.of("a6.approvals.required", "")));
        if (demoPrivates) {
            env.getPropertySources().addLast(new MapPropertySource(DEMO_DECLARATIONS,
                    Map.of("a6.units.conversions.KVS.MCC", "1000")));
        }
    }

    /** The simulated private registries as {@link RegistrySettings#STARTED} settings. */
    private static Map<String, Object> settings(List<Registry> registries) {
        var settings = new HashMap<String, Object>();
        for (int i = 0; i < registries.size(); i++) {
            var r = registries.get(i);
            String prefix = RegistrySettings.STARTED + ".privates[" + i + "].";
            settings.put(prefix + "id", r.id());
            settings.put(prefix + "role", r.role().name());
            settings.put(prefix + "protocol", r.protocol());
            settings.put(prefix + "url", r.url());
            settings.put(prefix + "page-size", r.pageSize());
        }
        return settings;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The simulators this environment started, if it started any. */
    public static Optional<RegistrySimulators> started(ConfigurableEnvironment env) {
        return env.getPropertySources().get(SOURCE) instanceof Started started
                ? Optional.of(started.simulators) : Optional.empty();
    }

    /**
     * The started simulators' registries, holding on to the simulators so the context can stop
     * them; last among the settings, so that a URL given later (a test's) still wins.
     */
    static final class Started extends MapPropertySource {
        final RegistrySimulators simulators;

        Started(Map<String, Object> settings, RegistrySimulators simulators) {
            super(SOURCE, settings);
            this.simulators = simulators;
        }
    }
}
