package org.a6gateway.outbox;

import java.util.List;
import java.util.stream.Stream;

/**
 * What one push run did: commands the registry acknowledged, dead-lettered, and left for later
 * (the breaker was open); and the first few dead letters, named, with why.
 */
public record PushResult(int delivered, int deadLettered, int deferred, List<DeadLetter> deadLetters) {

    /** A summary names this many dead letters; the outbox lists them all. */
    public static final int NAMED_DEAD_LETTERS = 10;

    public PushResult(int delivered, int deadLettered, int deferred) {
        this(delivered, deadLettered, deferred, List.of());
    }

    public PushResult plus(PushResult other) {
        return new PushResult(delivered + other.delivered, deadLettered + other.deadLettered, deferred + other.deferred,
                Stream.concat(deadLetters.stream(), other.deadLetters.stream()).limit(NAMED_DEAD_LETTERS).toList());
    }
}
