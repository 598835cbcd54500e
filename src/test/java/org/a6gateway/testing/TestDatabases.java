package org.a6gateway.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.a6gateway.dryrun.Sandbox;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Gives every test context a database of its own: an in-memory H2 database by default, a schema
 * of its own on PostgreSQL when the {@code postgres} profile is active (the PostgreSQL suite).
 * A test that needs two contexts on one database names it with {@code a6.test.database}. Report
 * files go to a temporary folder named the same way. A command run with its database given
 * ({@code --db-url}) and no test database named keeps the one given, as does a dry run's context,
 * which carries the test's settings but works on its copy of the store.
 */
public class TestDatabases implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        var commandLine = env.getPropertySources().get(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME);
        if (commandLine != null && commandLine.containsProperty("spring.datasource.url")
                && (!env.containsProperty("a6.test.database") || commandLine.containsProperty(Sandbox.MARK))) {
            return;
        }
        boolean named = env.containsProperty("a6.test.database");
        String name = env.getProperty("a6.test.database", "t" + UUID.randomUUID().toString().replace("-", ""));
        boolean postgres = Arrays.asList(env.getActiveProfiles()).contains("postgres");
        var properties = new java.util.HashMap<>(postgres ? postgresSchema(env, name.toLowerCase()) : h2(name, named));
        // Report files of a test context go to a folder of its own, never into the checkout's ./data.
        properties.put("a6.reports.dir", scratch().resolve("reports-" + name).toString());
        // Registry-export inboxes likewise: a test that drops a file in one names its own folder.
        properties.put("a6.exports.inbox.verra", inbox(name).resolve("verra").toString());
        properties.put("a6.exports.inbox.gold-standard", inbox(name).resolve("gold-standard").toString());
        env.getPropertySources().addFirst(new MapPropertySource("testDatabase", properties));
    }

    /** The export inboxes of the test database so named (a test drops a registry's export there). */
    public static Path inbox(String database) {
        return scratch().resolve("inbox-" + database);
    }

    /**
     * This test JVM's one folder for its contexts' report files and inboxes (a suite starts a few
     * hundred contexts), deleted with all they wrote when the JVM ends.
     */
    static Path scratch() {
        return Scratch.ROOT;
    }

    private static final class Scratch {

        static final Path ROOT = create();

        private static Path create() {
            try {
                var root = Files.createTempDirectory("a6-test-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
                return root;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the tests' scratch folder", e);
            }
        }

        private static void delete(Path root) {
            try {
                FileSystemUtils.deleteRecursively(root);
            } catch (IOException e) {
                // the JVM is ending: a folder left behind is no failure of any test
            }
        }
    }

    /**
     * A named database outlives each context on it (the next command's, the other context's); an
     * unnamed one lives while its context's pool holds a connection, and goes when the context
     * closes instead of holding its heap until the test JVM ends.
     */
    private static Map<String, Object> h2(String name, boolean named) {
        return Map.of("spring.datasource.url", "jdbc:h2:mem:" + name + (named ? ";DB_CLOSE_DELAY=-1" : ""));
    }

    private static Map<String, Object> postgresSchema(ConfigurableEnvironment env, String schema) {
        String base = env.getProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/a6gateway");
        String separator = base.contains("?") ? "&" : "?";
        // Spring keeps up to 32 test contexts open: at Hikari's default 10 connections each they
        // would exhaust PostgreSQL's 100. A small pool that empties when idle is plenty for a test.
        return Map.of("spring.datasource.url", base + separator + "currentSchema=" + schema,
                "spring.flyway.schemas", schema,
                "spring.flyway.create-schemas", "true",
                "spring.datasource.hikari.maximum-pool-size", "4",
                "spring.datasource.hikari.minimum-idle", "0",
                "spring.datasource.hikari.idle-timeout", "10000");
    }
}
