package org.a6gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A production profile with a registry left unconfigured refuses to start, in one line naming the
 * setting, before anything is written; it never syncs the simulated demo instead.
 */
class DemoOnlyWhereAskedIT {

    @TempDir
    Path workDir;

    @TempDir
    Path output;

    private record Exit(int code, String out, String err) {
    }

    private Exit run(String... args) throws IOException, InterruptedException {
        var builder = new ProcessBuilder(GatewayJvm.command(args)).directory(workDir.toFile())
                .redirectOutput(output.resolve("out.txt").toFile())
                .redirectError(output.resolve("err.txt").toFile());
        // As an operator starts it: no profile or demo switch inherited from the suite running this.
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        builder.environment().remove("A6_SIMULATOR_ENABLED");
        var process = builder.start();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("the gateway stops by itself").isTrue();
        return new Exit(process.exitValue(), Files.readString(output.resolve("out.txt")),
                Files.readString(output.resolve("err.txt")));
    }

    private long filesWritten() throws IOException {
        try (Stream<Path> files = Files.walk(workDir)) {
            return files.filter(f -> !f.equals(workDir)).count();
        }
    }

    @Test
    void serveUnderThePostgresProfileWithoutRegistriesRefusesInOneLine() throws Exception {
        var serve = run("serve", "--port", "0", "--spring.profiles.active=postgres");

        assertThat(serve.code()).isNotZero();
        assertThat(serve.err().lines()).singleElement().asString()
                .startsWith("a6-gateway: serve failed: a6.vcm.url and a6.national.url are not set: under profile postgres")
                .contains("a6.simulator.enabled=true");
        assertThat(serve.out()).isEmpty();
        assertThat(filesWritten()).as("nothing written, no database, no log").isZero();
    }

    @Test
    void theMissingRegistryIsNamedWhenTheOtherIsGiven() throws Exception {
        var sync = run("sync", "-P", "spring.profiles.active=postgres", "--vcm-registry-url=http://127.0.0.1:9/v1");

        assertThat(sync.code()).isNotZero();
        assertThat(sync.err().lines()).singleElement().asString()
                .startsWith("a6-gateway: sync failed: a6.national.url is not set: under profile postgres");
        assertThat(filesWritten()).isZero();
    }
}
