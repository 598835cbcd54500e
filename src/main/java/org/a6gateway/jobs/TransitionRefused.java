package org.a6gateway.jobs;

/**
 * What was asked exists, but its state does not allow it: replaying a command that is not
 * dead-lettered, restarting a job execution that completed, stopping one that is not running.
 * The API answers it with 409 and this message.
 */
public class TransitionRefused extends RuntimeException {

    public TransitionRefused(String message) {
        super(message);
    }
}
