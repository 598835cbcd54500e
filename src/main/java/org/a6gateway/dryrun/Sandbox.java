package org.a6gateway.dryrun;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import javax.sql.DataSource;
import org.a6gateway.registries.Registry;
import org.a6gateway.simulator.RegistrySandbox;
import org.a6gateway.sync.SyncRun;
import org.a6gateway.sync.SyncRuns;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Where a dry run goes: a copy of the store ({@link StoreCopy}) and copies of the registries the
 * gateway writes to ({@link RegistrySandbox}), with the gateway's settings as they are but for
 * those naming registries and the database. A gateway context started on them runs the sync as the
 * real one would, later steps seeing what earlier deliveries changed; what it queued is the report.
 * The copy holds no lease of the real instances and no notification subscription, so it neither
 * waits for them nor tells anyone of its run.
 */
public final class Sandbox implements AutoCloseable {

    /** Set in the dry run's own context, for anything that must tell it from the gateway's. */
    public static final String MARK = "a6.dry-run.sandbox";

    /** Settings that say which registries and database to use: the dry run's own take their place. */
    private static final List<String> REPLACED = List.of("a6.registries", "a6.vcm.", "a6.national.", "a6.cadt.", "a6.simulator.",
            "a6.log.", MARK);
    /** The registry-export inboxes: a run moves the files it imports, so the dry run gets empty ones of its own. */
    private static final String INBOX = "a6.exports.inbox.";

    private final List<String> settings;
    private final StoreCopy store;
    private final RegistrySandbox registries;
    private final Path inboxes;

    private Sandbox(List<String> settings, StoreCopy store, RegistrySandbox registries, Path inboxes) {
        this.settings = settings;
        this.store = store;
        this.registries = registries;
        this.inboxes = inboxes;
    }

    /** Copies the store and the registries the gateway writes to; the originals are only read. */
    public static Sandbox of(ConfigurableEnvironment environment, DataSource store, List<Registry> registries)
            throws SQLException, IOException {
        var settings = carried(environment);
        var copy = StoreCopy.of(store);
        try {
            SandboxStore.prepare(copy.connection());
            var sandbox = RegistrySandbox.of(registries);
            return new Sandbox(settings, copy, sandbox, Files.createTempDirectory("a6-dry-run-inbox-"));
        } catch (SQLException | IOException | RuntimeException e) {
            copy.close();
            throw e;
        }
    }

    /**
     * Runs the sync in a gateway context that {@code start} makes from these {@code KEY=VALUE}
     * settings, and reads back every command it queued.
     */
    public DryRunReport run(Function<List<String>, ConfigurableApplicationContext> start, ObjectMapper json) throws Exception {
        long before = SandboxStore.lastCommand(store.connection());
        SyncRun run;
        try (var copy = start.apply(contextSettings())) {
            run = copy.getBean(SyncRuns.class).runNow();
        }
        var commands = SandboxStore.commandsAfter(store.connection(), before, json);
        var notSimulated = new TreeMap<>(registries.notSimulated());
        notSimulated.put("export inboxes", "files waiting there are left for the real run (they bring findings, not commands)");
        return DryRunReport.of(run.id(), run.status(), run.failure(), commands, notSimulated);
    }


    private List<String> contextSettings() {
        var properties = new ArrayList<>(settings.stream().map(this::emptyInbox).toList());
        properties.add(MARK + "=true");
        properties.add("spring.datasource.url=" + store.url());
        properties.add("spring.datasource.driver-class-name=org.h2.Driver");
        properties.add("spring.datasource.username=sa");
        properties.add("spring.datasource.password=");
        var sandboxed = registries.registries();
        for (int i = 0; i < sandboxed.size(); i++) {
            properties.addAll(registry(i, sandboxed.get(i)));
        }
        return properties;
    }

    private String emptyInbox(String setting) {
        if (!setting.startsWith(INBOX)) {
            return setting;
        }
        int eq = setting.indexOf('=');
        return setting.substring(0, eq + 1) + inboxes.resolve(setting.substring(INBOX.length(), eq));
    }

    private static List<String> registry(int index, Registry r) {
        String prefix = "a6.registries[" + index + "].";
        var properties = new ArrayList<>(List.of(prefix + "id=" + r.id(), prefix + "role=" + r.role().name(),
                prefix + "protocol=" + r.protocol(), prefix + "url=" + r.url(), prefix + "page-size=" + r.pageSize()));
        if (r.apiKey() != null) {
            properties.add(prefix + "api-key=" + r.apiKey());
        }
        if (r.bearerToken() != null) {
            properties.add(prefix + "bearer-token=" + r.bearerToken());
        }
        return properties;
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

    @Override
    public void close() throws SQLException {
        try (store; registries) {
            FileSystemUtils.deleteRecursively(inboxes);
        } catch (IOException e) {
            throw new SQLException("the dry run's inbox folders could not be removed: " + e.getMessage(), e);
        }
    }
}
