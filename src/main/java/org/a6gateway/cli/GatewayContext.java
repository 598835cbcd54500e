package org.a6gateway.cli;

import java.sql.SQLException;
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
        try {
            return new SpringApplicationBuilder(application)
                    .web(web)
                    .listeners(listeners)
                    .logStartupInfo(options.verbose || web != WebApplicationType.NONE)
                    .run(args.toArray(String[]::new));
        } catch (RuntimeException e) {
            // the command prints the deepest cause of a failure: this one has none, so it is the line shown
            throw heldElsewhere(e) ? new IllegalStateException(HELD_ELSEWHERE) : e;
        }
    }

    /** H2's "database may be already in use" (90020): its file is open in another process. */
    private static final int H2_FILE_IN_USE = 90020;
    static final String HELD_ELSEWHERE = "the H2 database is open in another gateway process (H2 takes one at a time): "
            + "stop that process first, or do this through its API (API keys: GET /api/v1/api-keys, "
            + "POST /api/v1/api-keys/{id}/revoke as an OPERATOR); on PostgreSQL commands run beside serve";

    private static boolean heldElsewhere(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_FILE_IN_USE) {
                return true;
            }
        }
        return false;
    }
}
