package org.a6gateway.registries;

/**
 * The registries are not configured so that the gateway can work with them: a URL missing under a
 * profile that does not run the simulated demo, or a list it cannot use. One line, naming the setting.
 */
public class RegistryNotConfigured extends IllegalStateException {

    public RegistryNotConfigured(String line) {
        super(line);
    }

    public static RegistryNotConfigured missing(java.util.List<String> settings, String profiles) {
        return new RegistryNotConfigured(String.join(" and ", settings) + (settings.size() == 1 ? " is" : " are")
                + " not set: under profile " + (profiles.isEmpty() ? "default" : profiles) + " the gateway syncs configured registries only, never the"
                + " simulated demo (set the URL, e.g. A6_VCM_URL / A6_NATIONAL_URL or --vcm-registry-url, or"
                + " a6.simulator.enabled=true to run the demo)");
    }
}
