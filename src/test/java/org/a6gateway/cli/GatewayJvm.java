package org.a6gateway.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The command line of a gateway in a JVM of its own, as an operator starts it: the application's
 * classpath only (no test configuration) and the given arguments, with the test JVMs' JIT options.
 */
final class GatewayJvm {

    private GatewayJvm() {
    }

    /** {@code java [a6.test.jvm-options] -cp <application classpath> org.a6gateway.A6Gateway args…}, open for more arguments. */
    static List<String> command(String... args) {
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("test-classes")).collect(Collectors.joining(File.pathSeparator));
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        // The test JVMs' own JIT options (the pom's test.jvm.options): they change how fast the
        // gateway starts and runs, not what it does.
        Arrays.stream(System.getProperty("a6.test.jvm-options", "").split("\\s+"))
                .filter(option -> !option.isBlank()).forEach(command::add);
        command.addAll(List.of("-cp", classpath, "org.a6gateway.A6Gateway"));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * Registries given by URL are not the in-process demo, whose settings come with it: an
     * operator sets them. The demo Party's declaration that 1,000 kilogram credits make one ITMO,
     * and no officer approving anything by hand, as command-line settings.
     */
    static final List<String> DEMO_SETTINGS = List.of("-Pa6.units.conversions.KVS.MCC=1000", "-Pa6.approvals.required=");
}
