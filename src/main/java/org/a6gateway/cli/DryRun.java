package org.a6gateway.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.a6gateway.jobs.JobLeases;
import org.a6gateway.registries.ConfiguredRegistries;
import org.a6gateway.registries.Registry;
import org.a6gateway.simulator.RegistrySandbox;
import org.a6gateway.sync.SyncRun;
import org.a6gateway.sync.SyncRuns;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * {@code sync --dry-run}: the sync run as it would go now, on copies, so that every command it
 * would send is listed and none is sent. The store is copied into memory ({@link StoreCopy}), the
 * registries the gateway writes to are copied whole into registries in memory that answer as they
 * would ({@link RegistrySandbox}), with the gateway's settings as they are; the run goes there,
 * later steps seeing what earlier deliveries changed, as a real run does. The copies are dropped.
 */
final class DryRun {

    /** One command the run would send, with the state it would end in (PROPOSED when an officer must approve it). */
    record Command(String registry, String operation, String kind, String subject, JsonNode payload, String state) {
    }

    record Report(long runId, String status, String failure, int total, Map<String, Map<String, Integer>> byRegistry,
                  List<Command> commands, Map<String, String> notSimulated) {
    }

    /** Settings that say which registries and database to use: the dry run's own take their place. */
    private static final List<String> REPLACED = List.of("a6.registries", "a6.vcm.", "a6.national.", "a6.cadt.", "a6.simulator.",
            "a6.log.");
    /** The registry-export inboxes: a run moves the files it imports, so the dry run gets empty ones of its own. */
    private static final String INBOX = "a6.exports.inbox.";

    private DryRun() {
    }

    static Report run(Class<?> application, ContextOptions options, ObjectMapper json, ApplicationListener<?> progress)
            throws Exception {
        List<String> settings;
        StoreCopy store;
        RegistrySandbox sandbox;
        try (var real = GatewayContext.start(application, WebApplicationType.NONE, options)) {
            settings = carried(real.getEnvironment());
            // this process's leases go before the copy is made, so the copy shows no instance alive but its own
            real.getBean(JobLeases.class).destroy();
            store = StoreCopy.of(real.getBean(DataSource.class));
            // read while the registries are up: the demo's simulated ones stop with this context
            sandbox = sandbox(real.getBean(ConfiguredRegistries.class).all(), store);
        }
        var inboxes = Files.createTempDirectory("a6-dry-run-inbox-");
        try (store; sandbox) {
            long before = lastCommand(store.connection());
            SyncRun run;
            try (var copy = GatewayContext.start(application, WebApplicationType.NONE,
                    sandboxOptions(options, emptyInboxes(settings, inboxes), store.url(), sandbox.registries()), progress)) {
                run = copy.getBean(SyncRuns.class).runNow();
            }
            var commands = commandsAfter(store.connection(), before, json);
            var notSimulated = new TreeMap<>(sandbox.notSimulated());
            notSimulated.put("export inboxes", "files waiting there are left for the real run (they bring findings, not commands)");
            return new Report(run.id(), run.status(), run.failure(), commands.size(), byRegistry(commands), commands, notSimulated);
        } finally {
            FileSystemUtils.deleteRecursively(inboxes);
        }
    }

    private static RegistrySandbox sandbox(List<Registry> registries, StoreCopy store) throws SQLException {
        try {
            return RegistrySandbox.of(registries);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static List<String> emptyInboxes(List<String> settings, Path folder) {
        return settings.stream().map(s -> s.startsWith(INBOX) ? s.substring(0, s.indexOf('=') + 1)
                + folder.resolve(s.substring(INBOX.length(), s.indexOf('='))) : s).toList();
    }

    /** The settings in force, but for those naming registries and the database, as {@code KEY=VALUE}. */
    private static List<String> carried(ConfigurableEnvironment environment) {
        var names = new TreeMap<String, String>();
        for (var source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    if (name.startsWith("a6.") && REPLACED.stream().noneMatch(name::startsWith)) {
                        names.putIfAbsent(name, environment.getProperty(name));
                    }
                }
            }
        }
        var settings = new ArrayList<String>();
        names.forEach((name, value) -> settings.add(name + "=" + (value == null ? "" : value)));
        return settings;
    }

    private static ContextOptions sandboxOptions(ContextOptions given, List<String> settings, String database,
                                                 List<Registry> registries) {
        var options = new ContextOptions();
        options.verbose = given.verbose;
        options.dbUrl = database;
        var properties = new ArrayList<>(settings);
        properties.add("spring.datasource.username=sa");
        properties.add("spring.datasource.password=");
        for (int i = 0; i < registries.size(); i++) {
            var r = registries.get(i);
            String prefix = "a6.registries[" + i + "].";
            properties.add(prefix + "id=" + r.id());
            properties.add(prefix + "role=" + r.role().name());
            properties.add(prefix + "protocol=" + r.protocol());
            properties.add(prefix + "url=" + r.url());
            properties.add(prefix + "page-size=" + r.pageSize());
            if (r.apiKey() != null) {
                properties.add(prefix + "api-key=" + r.apiKey());
            }
            if (r.bearerToken() != null) {
                properties.add(prefix + "bearer-token=" + r.bearerToken());
            }
        }
        options.properties = properties;
        return options;
    }

    private static long lastCommand(Connection store) throws SQLException {
        try (var statement = store.createStatement(); var rows = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM outbox_command")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<Command> commandsAfter(Connection store, long before, ObjectMapper json) throws Exception {
        var commands = new ArrayList<Command>();
        try (var statement = store.prepareStatement("SELECT registry, operation, kind, subject, payload, status FROM outbox_command"
                + " WHERE id > ? ORDER BY id")) {
            statement.setLong(1, before);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    commands.add(new Command(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            json.readTree(rows.getString(5)), state(rows.getString(6))));
                }
            }
        }
        return commands;
    }

    /** What the copies accepted would be sent (WOULD_SEND); PROPOSED waits for an officer, DEAD was refused. */
    private static String state(String status) {
        return "DELIVERED".equals(status) ? "WOULD_SEND" : status;
    }

    private static Map<String, Map<String, Integer>> byRegistry(List<Command> commands) {
        var counts = new TreeMap<String, Map<String, Integer>>();
        commands.forEach(c -> counts.computeIfAbsent(c.registry(), r -> new TreeMap<>()).merge(c.operation(), 1, Integer::sum));
        return counts;
    }
}
