package org.a6gateway.cadt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.a6gateway.publication.PublicationFailure;
import org.a6gateway.publication.PublicationPlan;
import org.a6gateway.publication.PublicationTarget;
import org.a6gateway.publication.PublishedUnit;
import org.a6gateway.publication.Refusal;
import org.springframework.http.HttpMethod;

/**
 * One CADT node as a publication registry: reads the home organization's units, stages a plan's
 * splits, new units (after their projects) and updates, and commits once. A write CADT refuses is
 * returned with its reason and the others go on.
 */
final class CadtPublisher implements PublicationTarget {

    private static final int READS = 20;

    private final String id;
    private final CadtClient client;
    private final ObjectMapper json;
    private final String unitType;
    private String organization;
    private CadtUnits units;
    private final Map<String, JsonNode> labels = new HashMap<>();

    CadtPublisher(String id, CadtClient client, ObjectMapper json, String unitType) {
        this.id = id;
        this.client = client;
        this.json = json;
        this.unitType = unitType;
    }

    @Override
    public String id() {
        return id;
    }

    /**
     * The units as two reads a pause apart agree on: a CADT node applies commits in a periodic
     * task, and a read during it can miss units (which would then be created twice). The home
     * organization and the pick list are read once, when the first read needs them.
     */
    @Override
    public List<PublishedUnit> read() {
        if (units == null) {
            organization = client.homeOrganization();
            units = new CadtUnits(json, new CadtVocabulary(client.pickList()), unitType);
        }
        var earlier = readOnce();
        for (int attempt = 1; attempt < READS; attempt++) {
            client.pause();
            var later = readOnce();
            if (later.equals(earlier)) {
                return later;
            }
            earlier = later;
        }
        throw new PublicationFailure("CADT's units did not read the same twice in " + READS + " reads; read again at the next sync");
    }

    private List<PublishedUnit> readOnce() {
        var published = new ArrayList<PublishedUnit>();
        labels.clear();
        client.forEachUnit(organization, unit -> units.read(unit).ifPresent(p -> {
            published.add(p);
            labels.put(p.id(), unit.path("labels"));
        }));
        published.sort(Comparator.comparing(PublishedUnit::id));
        return published;
    }

    @Override
    public List<Refusal> apply(PublicationPlan plan) {
        var refused = new ArrayList<Refusal>();
        var creations = plan.creations().stream().filter(u -> named(u, refused)).toList();
        var issuances = creations.isEmpty() ? Map.<PublishedUnit, ObjectNode>of()
                : new CadtProjects(client, json, organization).issuancesOf(creations, refused);
        int staged = 0;
        for (PublicationPlan.Split split : plan.splits()) {
            staged += stage(HttpMethod.POST, "/v1/units/split", units.split(split.published(), split.parts()),
                    split.published(), refused);
        }
        for (var entry : issuances.entrySet()) {
            var body = units.write(entry.getKey(), null);
            body.set("issuance", entry.getValue());
            staged += stage(HttpMethod.POST, "/v1/units", body, entry.getKey(), refused);
        }
        for (PublicationPlan.Update update : plan.updates()) {
            var wanted = update.wanted();
            if (named(wanted, refused)) {
                var body = units.write(wanted, labels.get(wanted.id()));
                body.put("warehouseUnitId", wanted.id());
                staged += stage(HttpMethod.PUT, "/v1/units", body, wanted, refused);
            }
        }
        if (staged > 0) {
            client.commit();
        }
        return refused;
    }

    /** Whether CADT's country list names the unit's host Party; a unit it cannot name is refused here. */
    private boolean named(PublishedUnit unit, List<Refusal> refused) {
        if (units.country(unit.hostCountry()).isPresent()) {
            return true;
        }
        refused.add(refusal(unit, "CADT's country list has no name for the host Party " + unit.hostCountry()));
        return false;
    }

    private int stage(HttpMethod method, String path, JsonNode body, PublishedUnit unit, List<Refusal> refused) {
        var reason = client.stage(method, path, body);
        reason.ifPresent(r -> refused.add(refusal(unit, "CADT refused " + method + " " + path + ": " + r)));
        return reason.isEmpty() ? 1 : 0;
    }

    private static Refusal refusal(PublishedUnit unit, String reason) {
        return new Refusal(unit.sourceRegistry(), unit.blockId(), unit.registry(), unit.issuanceId(), unit.range(), unit.tonnes(),
                reason);
    }
}
