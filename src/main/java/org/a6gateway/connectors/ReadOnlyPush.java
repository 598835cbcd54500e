package org.a6gateway.connectors;

import java.util.List;
import java.util.Map;
import org.a6gateway.outbox.Breakers;
import org.a6gateway.outbox.CommandPusher;
import org.a6gateway.outbox.Outbox;
import org.a6gateway.outbox.PendingCommand;

/**
 * The push of a registry the gateway can read but not write (a public API): nothing is sent. The
 * commands decided for it stay pending in the outbox, each one a request for the registry's
 * operator; a push delivers only those the registry's data, as last read, shows carried out
 * ({@link SeenDone}), with what was seen as the registry's answer, into the ledger.
 */
public final class ReadOnlyPush extends CommandPusher {

    private final String registry;
    private final SeenDone seenDone;
    private Map<Long, String> seen = Map.of();

    public ReadOnlyPush(String registry, Outbox outbox, Breakers breakers, SeenDone seenDone) {
        super(outbox, registry, breakers);
        this.registry = registry;
        this.seenDone = seenDone;
    }

    @Override
    public synchronized List<PendingCommand> start() {
        var open = super.start();
        seen = seenDone.of(registry, open);
        return open.stream().filter(command -> seen.containsKey(command.id())).toList();
    }

    @Override
    protected String send(PendingCommand command) {
        return seen.get(command.id());
    }
}
