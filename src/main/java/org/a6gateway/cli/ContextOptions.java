package org.a6gateway.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every command that starts the gateway shares: where the registries and the database are. */
class ContextOptions {

    @Option(names = "--vcm-registry-url", paramLabel = "URL",
            description = "Private registry API base (…/v1). Default: the built-in simulator.")
    String vcmRegistryUrl;

    @Option(names = "--national-registry-url", paramLabel = "URL",
            description = "National registry API base (…/v1). Default: the built-in simulator.")
    String nationalRegistryUrl;

    @Option(names = "--db-url", paramLabel = "JDBC-URL",
            description = "Database. Default: H2 file under ./data (or the postgres profile's).")
    String dbUrl;

    @Option(names = {"-P", "--property"}, paramLabel = "KEY=VALUE",
            description = "Any other setting, e.g. -P spring.profiles.active=postgres")
    List<String> properties = List.of();

    @Option(names = {"-v", "--verbose"}, description = "Log to standard error and show stack traces.")
    boolean verbose;

    Map<String, Object> asProperties() {
        var map = new LinkedHashMap<String, Object>();
        putIfSet(map, "a6.vcm.url", vcmRegistryUrl);
        putIfSet(map, "a6.national.url", nationalRegistryUrl);
        putIfSet(map, "spring.datasource.url", dbUrl);
        for (String property : properties) {
            int eq = property.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("-P expects KEY=VALUE, got '" + property + "'");
            }
            map.put(property.substring(0, eq), property.substring(eq + 1));
        }
        return map;
    }

    private static void putIfSet(Map<String, Object> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }
}
