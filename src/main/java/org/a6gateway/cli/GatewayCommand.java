package org.a6gateway.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code a6-gateway} command; each subcommand is one thing an operator does. */
@Command(name = "a6-gateway", mixinStandardHelpOptions = true, version = "a6-gateway 0.1.0",
        description = "Keeps a private carbon-credit registry and a national Article 6.2 ITMO registry consistent.")
public class GatewayCommand implements Runnable {

    public static int execute(String... args) {
        return new CommandLine(new GatewayCommand()).execute(args);
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
