package org.a6gateway.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The store copied whole into an H2 database in memory, which a dry run works on and drops: the
 * store itself is only read. H2 writes the copy as a script ({@code SCRIPT}) and runs it into the
 * new database; one connection is held open so that the database lives until {@link #close()}.
 */
final class StoreCopy implements AutoCloseable {

    private final Connection held;
    private final String url;

    private StoreCopy(Connection held, String url) {
        this.held = held;
        this.url = url;
    }

    static StoreCopy of(DataSource store) throws SQLException, IOException {
        var script = Files.createTempFile("a6-dry-run-", ".sql");
        try (var connection = store.getConnection()) {
            String source = connection.getMetaData().getURL();
            if (!source.startsWith("jdbc:h2:")) {
                throw new IllegalStateException("sync --dry-run works on a copy of the store, which it makes of an H2 store only;"
                        + " this one is " + source.split(":")[1] + ": copy the database and give it with --db-url");
            }
            try (var statement = connection.createStatement()) {
                statement.execute("SCRIPT TO " + literal(script.toString()));
            }
            String url = "jdbc:h2:mem:a6-dry-run-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
            var held = DriverManager.getConnection(url, "sa", "");
            try (var statement = held.createStatement()) {
                statement.execute("RUNSCRIPT FROM " + literal(script.toString()));
            } catch (SQLException e) {
                held.close();
                throw e;
            }
            return new StoreCopy(held, url);
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
