package org.a6gateway.dryrun;

import java.util.List;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The dry run's gateway context inside a running server: no web server, no shutdown hook of its
 * own, and the server's logging left as it is (Spring Boot would otherwise configure logging
 * again for the new context, and with it the server's).
 */
final class SandboxContexts {

    private final Class<?> application;

    SandboxContexts(Class<?> application) {
        this.application = application;
    }

    ConfigurableApplicationContext start(List<String> settings) {
        var builder = new SpringApplicationBuilder(application).web(WebApplicationType.NONE).registerShutdownHook(false)
                .logStartupInfo(false).bannerMode(Banner.Mode.OFF);
        var spring = builder.application();
        spring.setListeners(spring.getListeners().stream().filter(l -> !(l instanceof LoggingApplicationListener)).toList());
        return builder.run(settings.stream().map(s -> "--" + s).toArray(String[]::new));
    }
}
