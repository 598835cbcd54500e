package org.a6gateway.simulator;

/** A registry's URL is missing under a profile that does not run the simulated demo. */
public class RegistryNotConfigured extends IllegalStateException {

    RegistryNotConfigured(String missing, String profiles) {
        super(missing + " not set: under profile " + profiles + " the gateway syncs configured registries only, never the"
                + " simulated demo (set the URL, e.g. A6_VCM_URL / A6_NATIONAL_URL or --vcm-registry-url, or"
                + " a6.simulator.enabled=true to run the demo)");
    }
}
