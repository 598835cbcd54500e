package org.a6gateway.dryrun;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * A PostgreSQL store copied into H2: the copy gets the gateway's H2 schema from its own migrations
 * (the same version as the store's, both being the running gateway's), then every table's rows,
 * read in the store's current schema, and finally its identities and sequences set to go on where
 * the store's are, so that rows the dry run adds get the ids the store would give them next.
 */
final class PostgresCopy {

    private static final int BATCH = 1_000;

    private PostgresCopy() {
    }

    static void copy(Connection store, String copyUrl, Connection copy) throws SQLException {
        Flyway.configure().dataSource(copyUrl, "sa", "").locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .load().migrate();
        try (var statement = copy.createStatement()) {
            statement.execute("SET REFERENTIAL_INTEGRITY FALSE");
        }
        for (String table : tables(copy)) {
            rows(store, copy, table, columns(copy, table));
        }
        try (var statement = copy.createStatement()) {
            statement.execute("SET REFERENTIAL_INTEGRITY TRUE");
        }
        identities(copy);
        sequences(store, copy);
    }

    private static List<String> tables(Connection copy) throws SQLException {
        return strings(copy, "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                + " AND TABLE_TYPE = 'BASE TABLE' AND TABLE_NAME <> 'flyway_schema_history' ORDER BY TABLE_NAME");
    }

    private static List<String> columns(Connection copy, String table) throws SQLException {
        try (var query = copy.prepareStatement("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'"
                + " AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION")) {
            query.setString(1, table);
            return strings(query.executeQuery());
        }
    }

    private static void rows(Connection store, Connection copy, String table, List<String> columns) throws SQLException {
        String names = String.join(", ", columns);
        String marks = String.join(", ", columns.stream().map(c -> "?").toList());
        // unquoted, so that each database folds the names its own way (PostgreSQL to lower case)
        try (var read = store.prepareStatement("SELECT " + names + " FROM " + table);
             var write = copy.prepareStatement("INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")")) {
            read.setFetchSize(BATCH);
            int pending = 0;
            try (var rows = read.executeQuery()) {
                while (rows.next()) {
                    for (int i = 1; i <= columns.size(); i++) {
                        write.setObject(i, rows.getObject(i));
                    }
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }

    private static void identities(Connection copy) throws SQLException {
        var identities = new ArrayList<String[]>();
        try (var statement = copy.createStatement(); var rows = statement.executeQuery("SELECT TABLE_NAME, COLUMN_NAME"
                + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND IS_IDENTITY = 'YES'")) {
            while (rows.next()) {
                identities.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        for (var identity : identities) {
            long next = single(copy, "SELECT COALESCE(MAX(" + quoted(identity[1]) + "), 0) + 1 FROM " + quoted(identity[0]));
            execute(copy, "ALTER TABLE " + quoted(identity[0]) + " ALTER COLUMN " + quoted(identity[1]) + " RESTART WITH " + next);
        }
    }

    /** Sequences named alike in both schemas (the ids migrations create): the copy's goes on from the store's. */
    private static void sequences(Connection store, Connection copy) throws SQLException {
        var increments = new java.util.LinkedHashMap<String, Long>();
        try (var statement = copy.createStatement(); var rows = statement.executeQuery(
                "SELECT SEQUENCE_NAME, INCREMENT FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = 'PUBLIC'")) {
            while (rows.next()) {
                increments.put(rows.getString(1), rows.getLong(2));
            }
        }
        for (var sequence : increments.entrySet()) {
            try (var statement = store.createStatement();
                 var rows = statement.executeQuery("SELECT last_value, is_called FROM " + sequence.getKey())) {
                rows.next();
                long next = rows.getBoolean(2) ? rows.getLong(1) + sequence.getValue() : rows.getLong(1);
                execute(copy, "ALTER SEQUENCE " + quoted(sequence.getKey()) + " RESTART WITH " + next);
            }
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            return strings(statement.executeQuery(sql));
        }
    }

    private static List<String> strings(java.sql.ResultSet rows) throws SQLException {
        try (rows) {
            var values = new ArrayList<String>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    private static String quoted(String name) {
        return '"' + name + '"';
    }
}
