package org.a6gateway.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.a6gateway.units.ItmoIdentifier;

/**
 * The simulated national ITMO registry: authorizations, actions, corresponding adjustments and
 * ITMO pairs, all in one change feed. The feed serves the {@link Generated} records first (a
 * bench's world, made from their position on request; none for the demo), then the records held
 * here in the order recorded: the seed's, the synthetic demo's, what the gateway registered.
 */
final class ItmoRegistry implements SimulatedRegistry {

    /** Records served before the held ones, made on request so that a million cost no heap. */
    interface Generated {

        Generated NONE = new Generated() {
            @Override
            public int size() {
                return 0;
            }

            @Override
            public SyntheticDemo.Change record(int position) {
                throw new IndexOutOfBoundsException(position);
            }

            @Override
            public ObjectNode authorization(String id) {
                return null;
            }
        };

        int size();

        SyntheticDemo.Change record(int position);

        /** The generated authorization with this id, or null. */
        ObjectNode authorization(String id);
    }

    private final ObjectMapper json;
    private final Generated generated;
    private final List<ObjectNode> held = new ArrayList<>();
    private final Map<String, ObjectNode> authorizations = new HashMap<>();
    private final IdempotentWrites writes = new IdempotentWrites();

    ItmoRegistry(ObjectMapper json, List<SeedRow> seed, SyntheticDemo demo) {
        this(json, Generated.NONE);
        ItmoSeed.authorizations(json, seed).forEach(a -> record("AUTHORIZATION", "authorization", a));
        demo.nationalChanges().forEach(c -> record(c.kind(), c.field(), c.value()));
    }

    /** A registry of these records only, each a change of the feed ({@code kind} and the record under its field). */
    ItmoRegistry(ObjectMapper json, List<ObjectNode> changes) {
        this(json, Generated.NONE);
        for (ObjectNode change : changes) {
            String kind = change.get("kind").asText();
            String field = FIELDS.get(kind);
            if (field == null || !(change.get(field) instanceof ObjectNode value)) {
                throw new IllegalArgumentException("not a change of the national feed: " + change);
            }
            record(kind, field, value.deepCopy());
        }
    }

    /** Records one more change of the feed, as the registry's officers would ({@code kind} and the record under its field). */
    synchronized void append(ObjectNode change) {
        String kind = change.path("kind").asText();
        String field = FIELDS.get(kind);
        if (field == null || !(change.get(field) instanceof ObjectNode value)) {
            throw new IllegalArgumentException("not a change of the national feed: " + change);
        }
        record(kind, field, value.deepCopy());
    }

    /** The field each kind of change carries its record in. */
    private static final Map<String, String> FIELDS = Map.of("AUTHORIZATION", "authorization", "ACTION", "action",
            "CORRESPONDING_ADJUSTMENT", "correspondingAdjustment", "ITMO_PAIR", "itmoPair",
            "ITMO_PAIR_WITHDRAWAL", "itmoPairWithdrawal");

    /** Over a bench's world: its generated records, then the synthetic demo's. */
    ItmoRegistry(ObjectMapper json, Generated world, SyntheticDemo demo) {
        this(json, world);
        demo.nationalChanges().forEach(c -> record(c.kind(), c.field(), c.value()));
    }

    private ItmoRegistry(ObjectMapper json, Generated generated) {
        this.json = json;
        this.generated = generated;
    }

    @Override
    public String name() {
        return "itmo-registry";
    }

    @Override
    public synchronized Answer answer(Call call) {
        try {
            return switch (call.operation()) {
                case "listChanges" -> changes(call);
                case "getAuthorization" -> authorization(call.pathId());
                case "recordAction" -> writes.once(call.idempotencyKey(), call.body(),
                        () -> recorded("ACTION", "action", read(call, "actionId")));
                case "registerItmoPair" -> writes.once(call.idempotencyKey(), call.body(),
                        () -> recorded("ITMO_PAIR", "itmoPair", read(call, "firstItmoId")));
                case "withdrawItmoPair" -> writes.once(call.idempotencyKey(), call.body(),
                        () -> withdrawn(read(call, "firstItmoId")));
                case "nationalHealth" -> Answer.ok("{\"status\":\"UP\",\"registry\":\"itmo-registry\"}");
                default -> Answer.problem(404, "Unknown operation", call.operation());
            };
        } catch (IllegalArgumentException e) {
            return Answer.problem(400, "Bad request", e.getMessage());
        }
    }

    /** A withdrawal of ITMOs some registered pair holds; others are not this registry's to withdraw. */
    private Answer withdrawn(ObjectNode withdrawal) {
        var first = ItmoIdentifier.parse(text(withdrawal, "firstItmoId"));
        var last = ItmoIdentifier.parse(text(withdrawal, "lastItmoId"));
        boolean registered = held.stream().map(c -> c.get("itmoPair")).filter(java.util.Objects::nonNull)
                .anyMatch(p -> holds(p, first, last));
        if (!registered) {
            return Answer.problem(404, "ITMOs not held", "no registered pair holds ITMOs " + first + ".." + last);
        }
        withdrawal.put("withdrawnOn", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
        return recorded("ITMO_PAIR_WITHDRAWAL", "itmoPairWithdrawal", withdrawal);
    }

    private static boolean holds(JsonNode pair, ItmoIdentifier first, ItmoIdentifier last) {
        var from = ItmoIdentifier.parse(pair.get("firstItmoId").asText());
        var to = ItmoIdentifier.parse(pair.get("lastItmoId").asText());
        return from.sameSeries(first) && from.serial().compareTo(first.serial()) <= 0 && to.serial().compareTo(last.serial()) >= 0;
    }

    private static String text(JsonNode node, String field) {
        var value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("'" + field + "' is required");
        }
        return value.asText();
    }

    private Answer recorded(String kind, String field, ObjectNode value) {
        record(kind, field, value);
        return Answer.ok(value.toString());
    }

    private void record(String kind, String field, ObjectNode value) {
        held.add(change(generated.size() + held.size() + 1, kind, field, value));
        if ("authorization".equals(field)) {
            authorizations.put(value.get("authorizationId").asText(), value);
        }
    }

    private ObjectNode change(int sequence, String kind, String field, ObjectNode value) {
        var change = json.createObjectNode().put("sequence", sequence).put("kind", kind);
        change.set(field, value);
        return change;
    }

    private Answer changes(Call call) {
        int total = generated.size() + held.size();
        int from = Math.min(FeedCursor.position(call.cursor()), total);
        int to = Math.min(from + FeedCursor.limit(call.limit()), total);
        var page = json.createObjectNode();
        var items = page.putArray("items");
        for (int p = from; p < to; p++) {
            items.add(p < generated.size() ? generatedChange(p) : held.get(p - generated.size()));
        }
        page.put("nextCursor", FeedCursor.after(to)).put("hasMore", to < total);
        return Answer.ok(page.toString());
    }

    private ObjectNode generatedChange(int position) {
        var record = generated.record(position);
        return change(position + 1, record.kind(), record.field(), record.value());
    }

    private Answer authorization(String id) {
        var a = authorizations.get(id);
        if (a == null) {
            a = generated.authorization(id);
        }
        return a == null ? Answer.problem(404, "Not found", "no authorization " + id) : Answer.ok(a.toString());
    }

    private ObjectNode read(Call call, String requiredField) {
        try {
            JsonNode body = json.readTree(call.body());
            if (!(body instanceof ObjectNode node) || !node.hasNonNull(requiredField)) {
                throw new IllegalArgumentException("'" + requiredField + "' is required");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("body is not JSON: " + e.getOriginalMessage());
        }
    }
}
