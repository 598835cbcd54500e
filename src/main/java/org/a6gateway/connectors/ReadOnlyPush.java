package org.a6gateway.connectors;

import java.util.List;
import org.a6gateway.outbox.Breakers;
import org.a6gateway.outbox.CommandPusher;
import org.a6gateway.outbox.Outbox;
import org.a6gateway.outbox.PendingCommand;

/**
 * The push of a registry the gateway can read but not write (a public API): nothing is sent.
 * The commands decided for it stay pending in the outbox, each one a request for the registry's
 * operator to carry out, until a later decision supersedes it.
 */
public final class ReadOnlyPush extends CommandPusher {

    public ReadOnlyPush(String registry, Outbox outbox, Breakers breakers) {
        super(outbox, registry, breakers);
    }

    @Override
    public synchronized List<PendingCommand> start() {
        super.start();
        return List.of();
    }

    @Override
    protected String send(PendingCommand command) {
        throw new IllegalStateException("a read-only registry is sent nothing: " + command.subject());
    }
}
