package org.a6gateway.outbox;

import java.util.NoSuchElementException;

/** A command id the outbox does not hold. */
public class NoSuchCommand extends NoSuchElementException {

    public NoSuchCommand(long id) {
        super("no command " + id + " in the outbox");
    }
}
