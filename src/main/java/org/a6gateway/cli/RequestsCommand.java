package org.a6gateway.cli;

import java.util.concurrent.Callable;
import org.a6gateway.requests.OperatorRequests;
import org.a6gateway.requests.RequestsCsv;
import org.springframework.boot.WebApplicationType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** What the operators of registries the gateway cannot write are asked to do. */
@Command(name = "requests", mixinStandardHelpOptions = true, subcommands = RequestsCommand.List.class,
        description = "Requests for the operators of read-only registries (public APIs), in each registry's terms.")
class RequestsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @ParentCommand
    GatewayCommand parent;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the open requests, oldest first: the registry's serial, the label text or ITMO ids, the age.")
    static class List implements Callable<Integer> {

        @Option(names = "--registry", description = "Only this registry's requests.")
        String registry;

        @Option(names = "--csv", description = "As CSV, one request a row, for the registry's operator.")
        boolean csv;

        @Mixin
        ContextOptions options = new ContextOptions();

        @Spec
        CommandSpec spec;

        @ParentCommand
        RequestsCommand requests;

        @Override
        public Integer call() {
            try (var context = GatewayContext.start(requests.parent.application(), WebApplicationType.NONE, options)) {
                var out = spec.commandLine().getOut();
                var service = context.getBean(OperatorRequests.class);
                if (registry != null && !service.registries().contains(registry)) {
                    spec.commandLine().getErr().println("no read-only registry '" + registry + "' is configured (read-only: "
                            + String.join(", ", service.registries()) + ")");
                    return 2;
                }
                var open = service.open(registry);
                if (csv) {
                    out.print(RequestsCsv.of(open));
                } else {
                    out.printf("%-6s %-16s %-22s %-48s %8s %-6s %s%n", "id", "registry", "action", "serial", "units", "days",
                            "label or ITMO ids");
                    open.forEach(r -> out.printf("%-6d %-16s %-22s %-48s %8d %-6d %s%n", r.id(), r.registry(), r.action(),
                            r.serial() == null ? r.subject() : r.serial(), r.units(), r.age().toDays(),
                            r.labelText() != null ? r.labelText() : r.firstItmoId() == null ? "" : r.firstItmoId() + ".." + r.lastItmoId()));
                }
                out.flush();
                return 0;
            }
        }
    }
}
