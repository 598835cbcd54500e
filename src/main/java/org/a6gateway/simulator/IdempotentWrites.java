package org.a6gateway.simulator;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The registries' idempotency contract: a retried command (same key, same body) gets the first
 * answer again and changes nothing; the same key with another body is a client error.
 */
final class IdempotentWrites {

    private record Seen(String body, Answer answer) {
    }

    private final Map<String, Seen> byKey = new HashMap<>();

    Answer once(String key, String body, Supplier<Answer> write) {
        if (key == null || key.length() < 8) {
            return Answer.problem(400, "Missing Idempotency-Key", "every write needs an Idempotency-Key of 8 or more characters");
        }
        var seen = byKey.get(key);
        if (seen != null) {
            return seen.body().equals(body) ? seen.answer()
                    : Answer.problem(409, "Idempotency-Key reused", "key " + key + " was used for another command");
        }
        var answer = write.get();
        if (!answer.isProblem()) {
            byKey.put(key, new Seen(body, answer));
        }
        return answer;
    }
}
