package org.a6gateway.dryrun;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The store copied whole into an H2 database in memory, which a dry run works on and drops: the
 * store itself is only read. An H2 store is written as a script ({@code SCRIPT}) and run into the
 * copy; a PostgreSQL store is copied table by table into the gateway's H2 schema
 * ({@link PostgresCopy}). One connection is held open so that the copy lives until {@link #close()}.
 */
final class StoreCopy implements AutoCloseable {

    private final Connection held;
    private final String url;

    private StoreCopy(Connection held, String url) {
        this.held = held;
        this.url = url;
    }

    static StoreCopy of(DataSource store) throws SQLException, IOException {
        String url = "jdbc:h2:mem:a6-dry-run-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        var held = DriverManager.getConnection(url, "sa", "");
        try (var source = store.getConnection()) {
            String vendor = source.getMetaData().getURL();
            if (vendor.startsWith("jdbc:h2:")) {
                copyScript(source, held);
            } else if (vendor.startsWith("jdbc:postgresql:")) {
                PostgresCopy.copy(source, url, held);
            } else {
                throw new IllegalStateException("a dry run copies an H2 or PostgreSQL store; this one is " + vendor.split(":")[1]);
            }
            return new StoreCopy(held, url);
        } catch (SQLException | IOException | RuntimeException e) {
            held.close();
            throw e;
        }
    }

    private static void copyScript(Connection source, Connection copy) throws SQLException, IOException {
        var script = Files.createTempFile("a6-dry-run-", ".sql");
        try {
            try (var statement = source.createStatement()) {
                statement.execute("SCRIPT TO " + literal(script.toString()));
            }
            try (var statement = copy.createStatement()) {
                statement.execute("RUNSCRIPT FROM " + literal(script.toString()));
            }
        } finally {
            Files.deleteIfExists(script);
        }
    }

    String url() {
        return url;
    }

    /** The connection to the copy, for reading what the dry run decided. */
    Connection connection() {
        return held;
    }

    @Override
    public void close() throws SQLException {
        try (var statement = held.createStatement()) {
            statement.execute("SHUTDOWN");
        } finally {
            held.close();
        }
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
