package org.a6gateway.registries;

import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Takes a missing registry URL off Spring Boot's hands: its "Application run failed" stack trace
 * would come before the one line the command prints, on a console not yet configured.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RegistryNotConfiguredReporter implements SpringBootExceptionReporter {

    @Override
    public boolean reportException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RegistryNotConfigured) {
                return true;
            }
        }
        return false;
    }
}
