package org.a6gateway.cadt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.a6gateway.publication.PublicationFailure;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * CADT's v1 API as the publication uses it: pages of the home organization's units and projects,
 * the pick list, staging (each write answers at once: accepted, or refused with CADT's reason),
 * and the commit, confirmed when the staging table is empty again.
 */
class CadtClient {

    static final int PAGE = 1000;
    static final int BUSY_ATTEMPTS = 10;

    private final RestClient http;
    private final ObjectMapper json;
    private final Duration commitWait;
    private final Duration poll;

    CadtClient(RestClient http, ObjectMapper json, Duration commitWait, Duration poll) {
        this.http = http;
        this.json = json;
        this.commitWait = commitWait;
        this.poll = poll;
    }

    /** The organization this node writes as (CADT's "home" organization). */
    String homeOrganization() {
        JsonNode organizations = http.get().uri("/v1/organizations").retrieve().body(JsonNode.class);
        if (organizations != null) {
            for (JsonNode organization : organizations) {
                if (organization.path("isHome").asBoolean(false)) {
                    return organization.path("orgUid").asText();
                }
            }
        }
        throw new PublicationFailure("the CADT node has no home organization yet: create it (POST /v1/organizations) before publishing");
    }

    JsonNode pickList() {
        return http.get().uri("/v1/governance/meta/pickList").retrieve().body(JsonNode.class);
    }

    void forEachUnit(String organization, Consumer<JsonNode> action) {
        forEachOf("/v1/units", organization, action);
    }

    void forEachProject(String organization, Consumer<JsonNode> action) {
        forEachOf("/v1/projects", organization, action);
    }

    private void forEachOf(String path, String organization, Consumer<JsonNode> action) {
        for (int page = 1; ; page++) {
            int p = page;
            JsonNode answer = http.get().uri(b -> b.path(path).queryParam("page", p).queryParam("limit", PAGE)
                    .queryParam("orgUid", organization).build()).retrieve().body(JsonNode.class);
            if (answer == null || !answer.path("data").isArray()) {
                throw new PublicationFailure("CADT answered " + path + " page " + page + " without a data list");
            }
            answer.path("data").forEach(action);
            if (page >= answer.path("pageCount").asInt(0)) {
                return;
            }
        }
    }

    /**
     * Stages one write; empty when CADT accepted it, else its reason. CADT answers a write that met
     * its database busy (SQLite locked while it applies a commit) as refused: that write is tried
     * again after a pause, up to {@value #BUSY_ATTEMPTS} times.
     */
    Optional<String> stage(HttpMethod method, String path, JsonNode body) {
        var reason = stageOnce(method, path, body);
        for (int attempt = 1; attempt < BUSY_ATTEMPTS && reason.filter(CadtClient::busy).isPresent(); attempt++) {
            pause();
            reason = stageOnce(method, path, body);
        }
        return reason;
    }

    private static boolean busy(String reason) {
        return reason.contains("SQLITE_BUSY") || reason.contains("database is locked");
    }

    private Optional<String> stageOnce(HttpMethod method, String path, JsonNode body) {
        return http.method(method).uri(path).contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange((request, response) -> {
                    if (response.getStatusCode().is2xxSuccessful()) {
                        return Optional.<String>empty();
                    }
                    var text = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
                    if (response.getStatusCode().is4xxClientError()) {
                        return Optional.of(reason(response.getStatusCode().value(), text));
                    }
                    throw new PublicationFailure("CADT answered " + response.getStatusCode().value() + " to " + method + " "
                            + path + ": " + text);
                });
    }

    /** CADT's message and the validation errors it lists. */
    private String reason(int status, String text) {
        try {
            JsonNode answer = json.readTree(text);
            if (answer == null || !answer.has("message")) {
                return "refused (" + status + ")" + (text.isBlank() ? "" : ": " + text);
            }
            var parts = new ArrayList<String>();
            parts.add(answer.path("message").asText());
            if (answer.hasNonNull("error")) {
                parts.add(answer.get("error").asText());
            }
            answer.path("errors").forEach(e -> parts.add(e.isTextual() ? e.asText() : e.toString()));
            return String.join(": ", parts);
        } catch (java.io.IOException | RuntimeException notJson) {
            return "refused (" + status + "): " + text;
        }
    }

    /**
     * Commits what is staged and waits until the staging table is empty (CADT empties it once the
     * commit is written); an empty table to commit means a commit already took it.
     */
    void commit() {
        var reason = stage(HttpMethod.POST, "/v1/staging/commit", json.createObjectNode());
        if (reason.isPresent() && !reason.get().toLowerCase().contains("empty staging")) {
            throw new PublicationFailure("CADT refused the commit: " + reason.get());
        }
        long deadline = System.nanoTime() + commitWait.toNanos();
        while (true) {
            var staged = staged();
            if (staged.isEmpty()) {
                return;
            }
            if (staged.stream().anyMatch(row -> row.path("failedCommit").asBoolean(false))) {
                throw new PublicationFailure("CADT marked the commit failed: " + staged.get(0));
            }
            if (System.nanoTime() > deadline) {
                throw new PublicationFailure("CADT did not confirm the commit within " + commitWait.toSeconds()
                        + " s; it is read again at the next sync");
            }
            pause();
        }
    }

    private List<JsonNode> staged() {
        JsonNode answer = http.get().uri(b -> b.path("/v1/staging").queryParam("page", 1).queryParam("limit", 100).build())
                .retrieve().body(JsonNode.class);
        var rows = new ArrayList<JsonNode>();
        if (answer != null) {
            answer.path("data").forEach(rows::add);
        }
        return rows;
    }

    void pause() {
        try {
            Thread.sleep(poll.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublicationFailure("interrupted while waiting for CADT's commit");
        }
    }
}
