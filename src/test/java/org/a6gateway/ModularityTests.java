package org.a6gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    private static final String START = "<!-- module graph: ModularityTests -->";
    private static final String END = "<!-- end of module graph -->";

    /** Built once for the class: reading the classes is most of what these checks cost. */
    private static final ApplicationModules MODULES = ApplicationModules.of(A6Gateway.class);

    @Test
    void modulesOnlyUseTheModulesTheyDeclare() {
        MODULES.verify();
    }

    /** A module most others use is a module that holds too much; {@code units} is the shared vocabulary. */
    @Test
    void noModuleButUnitsIsUsedByMoreThanHalfTheOthers() {
        var graph = new ModuleGraph(MODULES);
        int others = graph.size() - 1;
        assertThat(graph.usedBy()).as("modules by how many others use them, of %d", others)
                .allSatisfy((module, users) -> {
                    if (!module.equals("units")) {
                        assertThat(users * 2).as("%s is used by %d of %d", module, users, others).isLessThanOrEqualTo(others);
                    }
                });
    }

    @Test
    void theReadmeShowsTheModuleGraphTheCodeHas() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        String expected = new ModuleGraph(MODULES).render();
        assertThat(start).as("README holds the module graph between %s and %s:%n%s", START, END, expected).isNotNegative();
        assertThat(readme.substring(start + START.length(), end).strip())
                .as("README's module graph, drawn again from the code:%n%s", expected).isEqualTo(expected);
    }
}
