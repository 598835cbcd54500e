package org.a6gateway.registries;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;

/**
 * Reads which registries the gateway talks to: the list {@code a6.registries[0..]} when one is
 * given, else the shorthand for one private and one national registry ({@code a6.vcm.url},
 * {@code a6.national.url}, ids {@code vcm-registry} and {@code national-registry}), where a side
 * left blank is the simulated demo's when the simulators started ({@link #STARTED}), and a CADT node
 * to publish to when {@code a6.cadt.url} is given (id {@code cadt}). Read before
 * the context starts (to decide whether the demo runs) and by {@link ConfiguredRegistries}; a list
 * the gateway cannot work with stops the start in one line naming the setting.
 */
public final class RegistrySettings {

    public static final String LIST = "a6.registries";
    /**
     * The simulated registries started for the blank sides of the shorthand: {@code .privates[i]}
     * and {@code .national} (its URL). Below the shorthand: a URL given later still wins.
     */
    public static final String STARTED = "a6.simulator.started";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Bindable<List<Registry>> LIST_OF_REGISTRIES = Bindable.listOf(Registry.class);

    private RegistrySettings() {
    }

    /** Whether {@code a6.registries} is given (the shorthand then plays no part). */
    public static boolean listed(Binder binder) {
        return !binder.bind(LIST, LIST_OF_REGISTRIES).orElse(List.of()).isEmpty();
    }

    /** The registries configured, checked but for their URLs ({@link #missingUrls}). */
    public static List<Registry> read(Binder binder) {
        var listed = binder.bind(LIST, LIST_OF_REGISTRIES).orElse(List.of());
        var registries = listed.isEmpty() ? shorthand(binder) : listed;
        check(registries, listed.isEmpty());
        return registries;
    }

    /** The settings naming a blank URL, e.g. {@code a6.registries[2].url} or {@code a6.vcm.url}. */
    public static List<String> missingUrls(Binder binder) {
        boolean listed = listed(binder);
        var registries = read(binder);
        var missing = new ArrayList<String>();
        for (int i = 0; i < registries.size(); i++) {
            var r = registries.get(i);
            if (r.url() == null || r.url().isBlank()) {
                missing.add(setting(listed, i, r, "url"));
            }
        }
        return missing;
    }

    /** The private side of the shorthand as configured (its URL may be blank). */
    public static Registry shorthandPrivate(Binder binder) {
        return side(binder, "a6.vcm", "vcm-registry", RegistryRole.PRIVATE);
    }

    /** The national side of the shorthand as configured (its URL may be blank). */
    public static Registry shorthandNational(Binder binder) {
        return side(binder, "a6.national", "national-registry", RegistryRole.NATIONAL);
    }

    private static List<Registry> shorthand(Binder binder) {
        var registries = new ArrayList<Registry>();
        var given = shorthandPrivate(binder);
        var simulated = binder.bind(STARTED + ".privates", LIST_OF_REGISTRIES).orElse(List.of());
        registries.addAll(blank(given.url()) && !simulated.isEmpty() ? simulated : List.of(given));
        var national = shorthandNational(binder);
        String simulatedNational = binder.bind(STARTED + ".national", String.class).orElse("");
        registries.add(blank(national.url()) && !blank(simulatedNational) ? national.withUrl(simulatedNational) : national);
        String cadt = binder.bind("a6.cadt.url", String.class).orElse("");
        if (!blank(cadt)) {
            registries.add(new Registry("cadt", RegistryRole.PUBLICATION, "cadt-v1", cadt, 200,
                    binder.bind("a6.cadt.api-key", String.class).orElse(null), null));
        }
        return registries;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Registry side(Binder binder, String prefix, String defaultId, RegistryRole role) {
        return new Registry(binder.bind(prefix + ".name", String.class).orElse(defaultId), role, Registry.A6_V2,
                binder.bind(prefix + ".url", String.class).orElse(""),
                binder.bind(prefix + ".page-size", Integer.class).orElse(200), null, null);
    }

    private static String setting(boolean listed, int index, Registry registry, String field) {
        if (listed) {
            return LIST + "[" + index + "]." + field;
        }
        return (registry.role() == RegistryRole.PRIVATE ? "a6.vcm." : "a6.national.") + field;
    }

    private static void check(List<Registry> registries, boolean shorthand) {
        var ids = new HashSet<String>();
        for (int i = 0; i < registries.size(); i++) {
            var r = registries.get(i);
            String where = shorthand ? "a6.vcm/a6.national" : LIST + "[" + i + "]";
            refuseIf(r.id() == null || !ID.matcher(r.id()).matches(), where + ".id: '" + r.id()
                    + "' is not a registry id (1-40 lower-case letters, digits and dashes)");
            refuseIf(r.role() == null, where + ".role is not set (private, national or publication)");
            refuseIf(!ids.add(r.id()), where + ".id: '" + r.id() + "' names two registries");
            refuseIf(r.pageSize() < 1 || r.pageSize() > 1000, where + ".page-size: " + r.pageSize()
                    + " is outside 1-1000");
        }
        long national = registries.stream().filter(r -> r.role() == RegistryRole.NATIONAL).count();
        refuseIf(national == 0, LIST + " names no national registry: ITMO pairs are registered at the national"
                + " registry that published their authorization, so give at least one");
        refuseIf(registries.stream().noneMatch(r -> r.role() == RegistryRole.PRIVATE), LIST + " names no private registry");
    }

    private static void refuseIf(boolean refused, String line) {
        if (refused) {
            throw new RegistryNotConfigured(line);
        }
    }
}
