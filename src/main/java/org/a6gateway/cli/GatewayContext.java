package org.a6gateway.cli;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the gateway's Spring context the way a command needs it. */
final class GatewayContext {

    private GatewayContext() {
    }

    /**
     * Options become command-line properties, the highest-precedence source, so that
     * {@code --db-url} wins over application.yml (builder "properties" would be the lowest).
     */
    static ConfigurableApplicationContext start(Class<?> application, WebApplicationType web, ContextOptions options,
                                                ApplicationListener<?>... listeners) {
        List<String> args = new ArrayList<>();
        if (web == WebApplicationType.NONE && !options.verbose) {
            args.add("--a6.log.console-level=OFF");
        }
        options.asProperties().forEach((key, value) -> args.add("--" + key + "=" + value));
        return new SpringApplicationBuilder(application)
                .web(web)
                .listeners(listeners)
                .logStartupInfo(options.verbose || web != WebApplicationType.NONE)
                .run(args.toArray(String[]::new));
    }
}
