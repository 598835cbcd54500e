package org.a6gateway.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulated national ITMO registry: authorizations, actions, corresponding adjustments and
 * ITMO pairs, all in one change feed in the order recorded.
 */
final class ItmoRegistry implements SimulatedRegistry {

    private final ObjectMapper json;
    private final List<ObjectNode> changes = new ArrayList<>();
    private final Map<String, ObjectNode> authorizations = new HashMap<>();
    private final IdempotentWrites writes = new IdempotentWrites();

    ItmoRegistry(ObjectMapper json, List<SeedRow> seed, SyntheticDemo demo) {
        this.json = json;
        ItmoSeed.authorizations(json, seed).forEach(a -> record("AUTHORIZATION", "authorization", a));
        demo.nationalChanges().forEach(c -> record(c.kind(), c.field(), c.value()));
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
                case "nationalHealth" -> Answer.ok("{\"status\":\"UP\",\"registry\":\"itmo-registry\"}");
                default -> Answer.problem(404, "Unknown operation", call.operation());
            };
        } catch (IllegalArgumentException e) {
            return Answer.problem(400, "Bad request", e.getMessage());
        }
    }

    private Answer recorded(String kind, String field, ObjectNode value) {
        record(kind, field, value);
        return Answer.ok(value.toString());
    }

    private void record(String kind, String field, ObjectNode value) {
        var change = json.createObjectNode().put("sequence", changes.size() + 1).put("kind", kind);
        change.set(field, value);
        changes.add(change);
        if ("authorization".equals(field)) {
            authorizations.put(value.get("authorizationId").asText(), value);
        }
    }

    private Answer changes(Call call) {
        int from = Math.min(FeedCursor.position(call.cursor()), changes.size());
        int to = Math.min(from + FeedCursor.limit(call.limit()), changes.size());
        var page = json.createObjectNode();
        page.putArray("items").addAll(changes.subList(from, to));
        page.put("nextCursor", FeedCursor.after(to)).put("hasMore", to < changes.size());
        return Answer.ok(page.toString());
    }

    private Answer authorization(String id) {
        var a = authorizations.get(id);
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
