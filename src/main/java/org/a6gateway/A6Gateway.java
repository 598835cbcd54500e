package org.a6gateway;

import java.time.Clock;
import org.a6gateway.cli.GatewayCommand;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The gateway between a private carbon-credit registry and a national Article 6.2 ITMO registry.
 * The command line decides which Spring context to start (none for {@code serial}, no web server
 * for {@code sync}, the API for {@code serve}), so {@code main} hands over to it.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class A6Gateway {

    public static void main(String[] args) {
        // Commands without a Spring context log through this file; Spring Boot re-configures
        // logging from logback-spring.xml when a command starts the context.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-standalone.xml");
        }
        System.exit(GatewayCommand.execute(A6Gateway.class, args));
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
