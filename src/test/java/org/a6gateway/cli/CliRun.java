package org.a6gateway.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.a6gateway.A6Gateway;

/** Runs one gateway command in this JVM and keeps what it printed and its exit code. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var commandLine = GatewayCommand.commandLine(A6Gateway.class);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
