package org.a6gateway.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.a6gateway.security.ApiKeys;
import org.a6gateway.security.IssuedKey;
import org.a6gateway.security.Role;
import org.springframework.boot.WebApplicationType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** API keys of machine clients: created with a role (the key is shown once), listed, revoked. */
@Command(name = "api-keys", mixinStandardHelpOptions = true,
        subcommands = {ApiKeysCommand.Create.class, ApiKeysCommand.List.class, ApiKeysCommand.Revoke.class},
        description = "API keys for machine clients of the API: create, list, revoke. Only their hashes are stored.")
class ApiKeysCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @ParentCommand
    GatewayCommand parent;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a key with a role and print it once; it cannot be shown again.")
    static class Create implements Callable<Integer> {

        @Option(names = "--role", required = true, description = "OPERATOR, GOVERNMENT, INTEGRATOR or AUDITOR.")
        String role;

        @Option(names = "--name", required = true, description = "Who or what holds the key (e.g. 'ministry reporting').")
        String name;

        @Option(names = "--expires", paramLabel = "DATE",
                description = "The day (yyyy-MM-dd, UTC) the key stops working by itself; without it, only revoking stops it.")
        java.time.LocalDate expires;

        @Option(names = "--party", paramLabel = "ISO3",
                description = "Limit the key to one host Party's reports (ISO 3166 alpha-3, e.g. TZA): it orders and fetches no other's.")
        String party;

        @Mixin
        ContextOptions options = new ContextOptions();

        @Spec
        CommandSpec spec;

        @ParentCommand
        ApiKeysCommand keys;

        @Override
        public Integer call() {
            Role chosen = Role.parse(role);
            var expiresAt = expires == null ? null : expires.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            ApiKeys.checkRequest(name, expiresAt, party, java.time.Instant.now());
            try (var context = GatewayContext.start(keys.parent.application(), WebApplicationType.NONE, options)) {
                IssuedKey issued = context.getBean(ApiKeys.class).create(chosen, name, expiresAt, party);
                PrintWriter out = spec.commandLine().getOut();
                out.printf("created key %d (%s, %s): %s%n", issued.key().id(), issued.key().role(), issued.key().name(), issued.secret());
                if (expiresAt != null) {
                    out.printf("It stops working at %s.%n", expiresAt);
                }
                if (issued.key().party() != null) {
                    out.printf("It reaches %s's reports only.%n", issued.key().party());
                }
                out.println("Keep it now: only its hash is stored. Send it in the X-API-Key header.");
                out.flush();
                return 0;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List keys (never their secrets).")
    static class List implements Callable<Integer> {

        @Mixin
        ContextOptions options = new ContextOptions();

        @Spec
        CommandSpec spec;

        @ParentCommand
        ApiKeysCommand keys;

        @Override
        public Integer call() {
            try (var context = GatewayContext.start(keys.parent.application(), WebApplicationType.NONE, options)) {
                PrintWriter out = spec.commandLine().getOut();
                var keys = context.getBean(ApiKeys.class);
                out.printf("%-5s %-11s %-12s %-20s %-20s %-9s %-6s %s%n", "id", "role", "prefix", "created", "expires", "state", "party",
                        "name");
                keys.list().forEach(k -> out.printf("%-5d %-11s %-12s %-20s %-20s %-9s %-6s %s%n",
                        k.id(), k.role(), k.prefix() + "…", k.createdAt().toString().substring(0, 19),
                        k.expiresAt() == null ? "never" : k.expiresAt().toString().substring(0, 19), k.state(keys.now()),
                        k.party() == null ? "any" : k.party(), k.name()));
                out.flush();
                return 0;
            }
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a key by id; it stops working at once.")
    static class Revoke implements Callable<Integer> {

        @Parameters(paramLabel = "ID", description = "The key's id (see 'api-keys list').")
        long id;

        @Mixin
        ContextOptions options = new ContextOptions();

        @Spec
        CommandSpec spec;

        @ParentCommand
        ApiKeysCommand keys;

        @Override
        public Integer call() {
            try (var context = GatewayContext.start(keys.parent.application(), WebApplicationType.NONE, options)) {
                if (!context.getBean(ApiKeys.class).revoke(id)) {
                    return Failures.report(spec.commandLine().getErr(), "no live key " + id + " (see 'api-keys list')",
                            java.util.List.of(), options.verbose);
                }
                spec.commandLine().getOut().printf("revoked key %d%n", id);
                spec.commandLine().getOut().flush();
                return 0;
            }
        }
    }
}
