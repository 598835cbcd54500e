package org.a6gateway.outbox;

/** The registry refused a command for what it says (a 4xx): retrying the same command cannot help. */
public class RejectedCommand extends RuntimeException {

    public RejectedCommand(String message, Throwable cause) {
        super(message, cause);
    }
}
