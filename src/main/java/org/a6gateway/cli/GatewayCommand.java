package org.a6gateway.cli;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.a6gateway.jobs.JobFailures;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code a6-gateway} command; each subcommand is one thing an operator does. */
@Command(name = "a6-gateway", mixinStandardHelpOptions = true, version = "a6-gateway 0.1.0",
        subcommands = {SyncCommand.class, ServeCommand.class, ServeSimulatorsCommand.class, SerialCommand.class,
                LedgerCommand.class, OutboxCommand.class, ApprovalsCommand.class, ReconcileCommand.class, DiscrepanciesCommand.class,
                ExportCommand.class, ApiKeysCommand.class, QuarantineCommand.class, RequestsCommand.class, ImportCommand.class,
                BenchCommand.class},
        description = "Keeps a private carbon-credit registry and a national Article 6.2 ITMO registry consistent.")
public class GatewayCommand implements Runnable {

    private final Class<?> application;

    private GatewayCommand(Class<?> application) {
        this.application = application;
    }

    /** Runs a command of the gateway whose Spring Boot application class is {@code application}. */
    public static int execute(Class<?> application, String... args) {
        return commandLine(application).execute(settingsAsProperties(args));
    }

    /** A setting in Spring Boot's own form, which operators know, is -P's: {@code --spring.profiles.active=postgres}. */
    private static final Pattern SETTING = Pattern.compile("--[a-z][a-z0-9-]*(\\.[A-Za-z0-9_\\[\\]-]+)+=.*", Pattern.DOTALL);

    static String[] settingsAsProperties(String... args) {
        return Arrays.stream(args).flatMap(arg -> SETTING.matcher(arg).matches() ? Stream.of("-P", arg.substring(2)) : Stream.of(arg))
                .toArray(String[]::new);
    }

    /** The configured command line; tests use it to capture output. */
    public static CommandLine commandLine(Class<?> application) {
        return new CommandLine(new GatewayCommand(application))
                .setExecutionExceptionHandler(GatewayCommand::reportFailure);
    }

    /** Anything a command did not handle still ends in one line and a non-zero exit. */
    private static int reportFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        boolean verbose = cmd.getParseResult() != null && cmd.getParseResult().hasMatchedOption("--verbose");
        return Failures.report(cmd.getErr(), cmd.getCommandName() + " failed: " + JobFailures.rootMessage(e), List.of(e), verbose);
    }

    Class<?> application() {
        return application;
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
