package org.a6gateway.dryrun;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The copy of the store made ready for a dry run, and the commands read back from it afterwards. */
final class SandboxStore {

    private SandboxStore() {
    }

    /**
     * The real instances' leases go, so that the copy shows no instance alive but the dry run's;
     * subscriptions go, so that nobody is told of a run on copies; and the commands already waiting
     * to be sent are noted, since the run sends them too.
     */
    static void prepare(Connection copy) throws SQLException {
        try (var statement = copy.createStatement()) {
            statement.execute("DELETE FROM instance_lease");
            statement.execute("DELETE FROM notification_delivery");
            statement.execute("DELETE FROM notification_subscription");
            statement.execute("CREATE TABLE dry_run_waiting AS SELECT id FROM outbox_command WHERE status = 'PENDING'");
        }
    }

    static long lastCommand(Connection copy) throws SQLException {
        try (var statement = copy.createStatement();
             var rows = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM outbox_command")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The commands the run queued, and those that were waiting, in the order they were queued. */
    static List<DryRunReport.Command> commandsAfter(Connection copy, long before, ObjectMapper json) throws Exception {
        var commands = new ArrayList<DryRunReport.Command>();
        try (var statement = copy.prepareStatement("SELECT registry, operation, kind, subject, payload, status FROM outbox_command"
                + " WHERE id > ? OR id IN (SELECT id FROM dry_run_waiting) ORDER BY id")) {
            statement.setLong(1, before);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    commands.add(new DryRunReport.Command(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
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
}
