package org.a6gateway.cli;

import java.io.PrintWriter;
import java.util.List;

/** One clear line per failure on standard error (parsers' multi-line messages folded); the stack trace only when asked for. */
final class Failures {

    private Failures() {
    }

    /** A parser's multi-line message folded onto one line. */
    static String oneLine(String message) {
        return message.replaceAll("\\s*\\R\\s*", " ");
    }

    static int report(PrintWriter err, String line, List<Throwable> causes, boolean verbose) {
        err.println("a6-gateway: " + oneLine(line));
        if (verbose) {
            causes.forEach(t -> t.printStackTrace(err));
        }
        err.flush();
        return 1;
    }
}
