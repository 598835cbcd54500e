package org.a6gateway.simulator;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.stereotype.Component;

/** Stops the simulators this context started when the context closes. */
@Component
class SimulatorShutdown implements DisposableBean {

    private final ConfigurableEnvironment environment;

    SimulatorShutdown(ConfigurableEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public void destroy() {
        if (environment.getPropertySources().get(SimulatorEnvironment.SOURCE) instanceof SimulatorEnvironment.Started s) {
            s.simulators.close();
        }
    }
}
