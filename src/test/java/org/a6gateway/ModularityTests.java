package org.a6gateway;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(A6Gateway.class);

    @Test
    void modulesOnlyUseTheModulesTheyDeclare() {
        modules.verify();
    }
}
