package org.a6gateway.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.a6gateway.units.Party;
import org.a6gateway.units.Serials;

/**
 * The national registries' authorizations behind the seed: one per project and host country,
 * exactly as the reporting tool publishes them (purposes, first-transfer definition, year,
 * cooperative approach, CARP flag, the letters of authorization).
 */
final class ItmoSeed {

    private ItmoSeed() {
    }

    static List<ObjectNode> authorizations(ObjectMapper json, List<SeedRow> rows) {
        Map<String, List<SeedRow>> byProject = new LinkedHashMap<>();
        for (SeedRow row : rows) {
            String country = Serials.parse(row.serial()).country();
            byProject.computeIfAbsent(alpha3(country) + "-" + row.registry() + "-" + row.projectId(),
                    id -> new ArrayList<>()).add(row);
        }
        var authorizations = new ArrayList<ObjectNode>();
        byProject.forEach((id, projectRows) -> authorizations.add(authorization(json, id, projectRows)));
        return authorizations;
    }

    private static ObjectNode authorization(ObjectMapper json, String id, List<SeedRow> rows) {
        var first = rows.get(0);
        String country = Serials.parse(first.serial()).country();
        var a = json.createObjectNode()
                .put("authorizationId", id).put("version", 1).put("status", "ACTIVE")
                .put("party", alpha3(country)).put("authorizationYear", first.authorizationYear())
                .put("publishedOnCarp", first.onCarp()).put("metric", "GHG")
                .put("firstTransferDefinition", firstTransferDefinition(first.firstTransferDefinition()))
                .put("synthetic", false);
        if (!"NA".equals(first.cooperativeApproach())) {
            a.put("cooperativeApproachId", first.cooperativeApproach());
        }
        var purposes = a.putArray("purposes");
        if (first.ndc()) {
            purposes.add("NDC");
        }
        if (first.oimp()) {
            purposes.add("OIMP");
        }
        var links = new LinkedHashSet<String>();
        rows.stream().map(SeedRow::url).filter(url -> !url.isBlank()).forEach(links::add);
        links.forEach(a.putArray("documentLinks")::add);
        a.putArray("coveredActivities").addObject()
                .put("registry", first.registry()).put("projectId", first.projectId()).put("hostCountry", country);
        return a;
    }

    static String alpha3(String alpha2) {
        return Party.of(alpha2).alpha3();
    }

    private static String firstTransferDefinition(String published) {
        return switch (published) {
            case "Authorisation" -> "AUTHORISATION";
            case "Issuance" -> "ISSUANCE";
            case "First international transfer" -> "FIRST_INTERNATIONAL_TRANSFER";
            case "Use or Cancellation" -> "USE_OR_CANCELLATION";
            default -> throw new IllegalArgumentException("unknown first transfer definition: " + published);
        };
    }
}
