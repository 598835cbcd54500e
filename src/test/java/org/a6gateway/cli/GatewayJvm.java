package org.a6gateway.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The command line of a gateway in a JVM of its own, as an operator starts it: the application's
 * classpath only (no test configuration) and the given arguments.
 */
final class GatewayJvm {

    private GatewayJvm() {
    }

    /** {@code java -cp <application classpath> org.a6gateway.A6Gateway args…}, open for more arguments. */
    static List<String> command(String... args) {
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("test-classes")).collect(Collectors.joining(File.pathSeparator));
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, "org.a6gateway.A6Gateway"));
        command.addAll(List.of(args));
        return command;
    }
}
