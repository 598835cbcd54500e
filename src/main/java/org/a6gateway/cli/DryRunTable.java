package org.a6gateway.cli;

import java.io.PrintWriter;
import org.a6gateway.dryrun.DryRunReport;

/** A dry run for a person: how many commands per registry and operation, then each command on a line. */
final class DryRunTable {

    private final PrintWriter out;

    DryRunTable(PrintWriter out) {
        this.out = out;
    }

    void print(DryRunReport report) {
        out.printf("Dry run: %d commands this sync would send; none was sent (run %d on copies, %s).%n", report.total(),
                report.runId(), report.status().toLowerCase());
        report.byRegistry().forEach((registry, operations) -> operations.forEach(
                (operation, count) -> out.printf("  %-24s %-22s %7d%n", registry, operation, count)));
        report.notSimulated().forEach((registry, why) -> out.printf("Left out: %s, %s.%n", registry, why));
        out.println();
        for (var command : report.commands()) {
            out.printf("%-10s %-24s %-22s %s%n", command.state(), command.registry(), command.operation(), command.subject());
        }
    }
}
