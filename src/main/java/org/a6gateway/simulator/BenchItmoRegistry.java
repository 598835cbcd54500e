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
 * The simulated national registry over a {@link BenchWorld}: its change feed serves the generated
 * records by position, then the synthetic demo's, then what the gateway registered. Only the
 * records after the generated ones are held.
 */
final class BenchItmoRegistry implements SimulatedRegistry {

    private final ObjectMapper json;
    private final BenchWorld world;
    private final List<ObjectNode> recorded = new ArrayList<>();
    private final Map<String, ObjectNode> authorizations = new HashMap<>();
    private final IdempotentWrites writes = new IdempotentWrites();

    BenchItmoRegistry(ObjectMapper json, BenchWorld world, SyntheticDemo demo) {
        this.json = json;
        this.world = world;
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
        var change = json.createObjectNode().put("sequence", world.nationalRecords() + recorded.size() + 1).put("kind", kind);
        change.set(field, value);
        recorded.add(change);
        if ("authorization".equals(field)) {
            authorizations.put(value.get("authorizationId").asText(), value);
        }
    }

    private ObjectNode generated(int r) {
        var record = world.nationalRecord(r);
        var change = json.createObjectNode().put("sequence", r + 1).put("kind", record.kind());
        change.set(record.field(), record.value());
        return change;
    }

    private Answer changes(Call call) {
        int total = world.nationalRecords() + recorded.size();
        int from = Math.min(FeedCursor.position(call.cursor()), total);
        int to = Math.min(from + FeedCursor.limit(call.limit()), total);
        var page = json.createObjectNode();
        var items = page.putArray("items");
        for (int p = from; p < to; p++) {
            items.add(p < world.nationalRecords() ? generated(p) : recorded.get(p - world.nationalRecords()));
        }
        page.put("nextCursor", FeedCursor.after(to)).put("hasMore", to < total);
        return Answer.ok(page.toString());
    }

    private Answer authorization(String id) {
        var a = authorizations.get(id);
        if (a == null && id.startsWith("KOR-KVS-B")) {
            try {
                int project = Integer.parseInt(id.substring("KOR-KVS-B".length()));
                if (project % 2 == 0 && project / 2 < world.authorizations()) {
                    a = (ObjectNode) generated(project / 2).get("authorization");
                }
            } catch (NumberFormatException e) {
                a = null;
            }
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
