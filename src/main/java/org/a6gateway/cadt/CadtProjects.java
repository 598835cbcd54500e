package org.a6gateway.cadt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.a6gateway.publication.PublishedIssuance;
import org.a6gateway.publication.PublishedProject;
import org.a6gateway.publication.PublishedUnit;
import org.a6gateway.publication.Refusal;
import org.springframework.http.HttpMethod;

/**
 * The CADT projects and issuances new units belong to: a unit is linked to its project through one
 * of the project's issuances, so a project or issuance missing is staged and committed before the
 * units. A project is its programme and id; fields CADT requires that a private registry's feed does
 * not carry (developer, sector, type, methodology) say so rather than guess.
 */
final class CadtProjects {

    static final String NOT_STATED = "Not stated by the private registry";
    static final int ATTEMPTS = 3;
    private static final Map<String, String> REGISTRY_NAMES = Map.of("VCS", "Verra", "GS", "Gold Standard",
            "CDM", "CDM Registry", "ACR", "American Carbon Registry (ACR)", "CAR", "Climate Action Reserve (CAR)");

    private final CadtClient client;
    private final ObjectMapper json;
    private final String organization;

    CadtProjects(CadtClient client, ObjectMapper json, String organization) {
        this.client = client;
        this.json = json;
        this.organization = organization;
    }

    private record Key(String registry, String projectId) {
        static Key of(PublishedProject project) {
            return new Key(registryName(project.program()), project.projectId());
        }
    }

    static String registryName(String program) {
        return REGISTRY_NAMES.getOrDefault(program, program);
    }

    /**
     * The issuance, as a unit links it, of each new unit whose issuance CADT shows; a unit whose
     * project CADT refused is refused with the reason. A project staged again as long as CADT does
     * not show it, up to {@link #ATTEMPTS} commits (a node can lose what was staged while it
     * applied a commit); a unit whose issuance is still not shown is left for the next round.
     */
    Map<PublishedUnit, ObjectNode> issuancesOf(List<PublishedUnit> creations, List<Refusal> refused) {
        var wanted = new LinkedHashMap<Key, List<PublishedUnit>>();
        creations.forEach(u -> wanted.computeIfAbsent(Key.of(u.project()), k -> new ArrayList<>()).add(u));
        var refusedProjects = new HashMap<Key, String>();
        var projects = read();
        for (int attempt = 1; attempt <= ATTEMPTS && stageMissing(wanted, projects, refusedProjects); attempt++) {
            client.commit();
            projects = read();
        }
        var issuances = new LinkedHashMap<PublishedUnit, ObjectNode>();
        for (PublishedUnit unit : creations) {
            var key = Key.of(unit.project());
            var shown = projects.get(key);
            var issuance = shown == null ? Optional.<JsonNode>empty() : find(shown, unit.issuance());
            if (issuance.isPresent()) {
                issuances.put(unit, link(shown, issuance.get()));
            } else if (refusedProjects.containsKey(key)) {
                refused.add(new Refusal(unit.sourceRegistry(), unit.blockId(), unit.registry(), unit.issuanceId(), unit.range(),
                        unit.tonnes(), "CADT refused project " + key.projectId() + ": " + refusedProjects.get(key)));
            }
            // an issuance CADT accepted and does not show yet: the unit waits for the next round, which stages it again
        }
        return issuances;
    }

    /** Stages each project or issuance the units need and CADT does not show; whether anything was staged. */
    private boolean stageMissing(Map<Key, List<PublishedUnit>> wanted, Map<Key, JsonNode> projects, Map<Key, String> refusedProjects) {
        boolean staged = false;
        for (var entry : wanted.entrySet()) {
            var shown = projects.get(entry.getKey());
            var missing = entry.getValue().stream().map(PublishedUnit::issuance).distinct()
                    .filter(i -> shown == null || find(shown, i).isEmpty()).toList();
            if (missing.isEmpty() || refusedProjects.containsKey(entry.getKey())) {
                continue;
            }
            var body = project(entry.getValue().get(0), shown, missing);
            var reason = client.stage(shown == null ? HttpMethod.POST : HttpMethod.PUT, "/v1/projects", body);
            reason.ifPresent(r -> refusedProjects.put(entry.getKey(), r));
            staged |= reason.isEmpty();
        }
        return staged;
    }

    private Map<Key, JsonNode> read() {
        var projects = new HashMap<Key, JsonNode>();
        client.forEachProject(organization, p -> projects.put(
                new Key(CadtUnits.text(p, "registryOfOrigin"), CadtUnits.text(p, "projectId")), p));
        return projects;
    }

    private static Optional<JsonNode> find(JsonNode project, PublishedIssuance issuance) {
        for (JsonNode shown : project.path("issuances")) {
            if (day(shown, "startDate").equals(issuance.start().toString()) && day(shown, "endDate").equals(issuance.end().toString())
                    && day(shown, "verificationReportDate").equals(issuance.issued().toString())) {
                return Optional.of(shown);
            }
        }
        return Optional.empty();
    }

    private static String day(JsonNode node, String field) {
        var text = node.path(field).asText("");
        return text.length() < 10 ? text : text.substring(0, 10);
    }

    private ObjectNode project(PublishedUnit unit, JsonNode shown, List<PublishedIssuance> missing) {
        var project = unit.project();
        String registry = registryName(project.program());
        var body = json.createObjectNode();
        if (shown != null) {
            body.put("warehouseProjectId", CadtUnits.text(shown, "warehouseProjectId"));
        }
        body.put("projectId", project.projectId()).put("originProjectId", project.projectId())
                .put("registryOfOrigin", registry).put("currentRegistry", registry)
                .put("projectName", project.projectName()).put("projectLink", project.link())
                .put("projectDeveloper", NOT_STATED).put("sector", NOT_STATED).put("projectType", NOT_STATED)
                .put("coveredByNDC", "Unknown").put("projectStatus", "Registered")
                .put("projectStatusDate", shown != null ? day(shown, "projectStatusDate") : unit.issuance().issued().toString())
                .put("unitMetric", "tCO2e").put("methodology", NOT_STATED);
        var issuances = body.putArray("issuances");
        if (shown != null) {
            shown.path("issuances").forEach(i -> issuances.add(issuance(i)));
        }
        missing.forEach(i -> issuances.addObject().put("startDate", i.start().toString()).put("endDate", i.end().toString())
                .put("verificationApproach", NOT_STATED).put("verificationReportDate", i.issued().toString()));
        return body;
    }

    /** An issuance CADT shows, as it takes it back (its own bookkeeping fields left out). */
    private ObjectNode issuance(JsonNode shown) {
        var issuance = json.createObjectNode();
        for (String field : List.of("id", "warehouseProjectId", "startDate", "endDate", "verificationApproach",
                "verificationReportDate")) {
            issuance.put(field, CadtUnits.text(shown, field));
        }
        if (CadtUnits.text(shown, "verificationBody") != null) {
            issuance.put("verificationBody", CadtUnits.text(shown, "verificationBody"));
        }
        return issuance;
    }

    private ObjectNode link(JsonNode project, JsonNode issuance) {
        var link = issuance(issuance);
        link.put("warehouseProjectId", CadtUnits.text(project, "warehouseProjectId"));
        return link;
    }
}
