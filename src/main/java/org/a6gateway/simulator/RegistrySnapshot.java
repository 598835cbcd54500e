package org.a6gateway.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;
import org.a6gateway.registries.Registry;

/**
 * Everything a registry of the gateway's own contracts holds, read whole through its change feed
 * (GETs only): a private registry's blocks, each as last changed, in the order of their last
 * change; a national registry's changes in feed order. What a sandbox copy of it is seeded with.
 */
public final class RegistrySnapshot {

    private static final int PAGE = 1000;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();

    /** The private registry's blocks, as {@code vcm-registry.yaml}'s {@code CreditBlock} shapes them. */
    public List<ObjectNode> blocks(Registry registry) {
        var latest = new LinkedHashMap<String, ObjectNode>();
        read(registry, "/blocks/changes", block -> {
            String id = block.path("blockId").asText();
            latest.remove(id);
            latest.put(id, block);
        });
        return new ArrayList<>(latest.values());
    }

    /** The national registry's changes, as {@code itmo-registry.yaml}'s {@code Change} shapes them. */
    public List<ObjectNode> changes(Registry registry) {
        var changes = new ArrayList<ObjectNode>();
        read(registry, "/changes", changes::add);
        return changes;
    }

    private void read(Registry registry, String path, Consumer<ObjectNode> item) {
        String cursor = null;
        boolean more = true;
        while (more) {
            JsonNode page = page(registry, path, cursor);
            page.path("items").forEach(node -> {
                if (node instanceof ObjectNode object) {
                    item.accept(object);
                }
            });
            more = page.path("hasMore").asBoolean(false);
            String next = page.path("nextCursor").asText(null);
            if (more && (next == null || next.equals(cursor))) {
                throw new IllegalStateException(registry.id() + " says it has more at " + path + " but gives no new cursor");
            }
            cursor = next;
        }
    }

    private JsonNode page(Registry registry, String path, String cursor) {
        String url = registry.url() + path + "?limit=" + PAGE
                + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Accept", "application/json").GET();
        if (registry.apiKey() != null && !registry.apiKey().isBlank()) {
            request.header("X-API-Key", registry.apiKey());
        }
        if (registry.bearerToken() != null && !registry.bearerToken().isBlank()) {
            request.header("Authorization", "Bearer " + registry.bearerToken());
        }
        try {
            var answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(registry.id() + " answered " + answer.statusCode() + " to GET " + url);
            }
            return json.readTree(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException(registry.id() + " could not be read at " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + registry.id(), e);
        }
    }
}
