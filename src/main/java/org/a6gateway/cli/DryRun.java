package org.a6gateway.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import javax.sql.DataSource;
import org.a6gateway.dryrun.DryRunReport;
import org.a6gateway.dryrun.Sandbox;
import org.a6gateway.registries.ConfiguredRegistries;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ApplicationListener;

/**
 * {@code sync --dry-run}: the gateway starts as the command would start it, only to copy its store
 * and registries ({@link Sandbox}) while they are up; the sync then runs in a second context on
 * the copies, and the copies are dropped.
 */
final class DryRun {

    private DryRun() {
    }

    static DryRunReport run(Class<?> application, ContextOptions options, ObjectMapper json, ApplicationListener<?> progress)
            throws Exception {
        Sandbox sandbox;
        try (var real = GatewayContext.start(application, WebApplicationType.NONE, options)) {
            sandbox = Sandbox.of(real.getEnvironment(), real.getBean(DataSource.class), real.getBean(ConfiguredRegistries.class).all());
        }
        try (sandbox) {
            return sandbox.run(settings -> GatewayContext.start(application, WebApplicationType.NONE, options(options, settings),
                    progress), json);
        }
    }

    private static ContextOptions options(ContextOptions given, java.util.List<String> settings) {
        var options = new ContextOptions();
        options.verbose = given.verbose;
        options.properties = settings;
        return options;
    }
}
