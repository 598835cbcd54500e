package org.a6gateway.cadt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.a6gateway.publication.LetterOfAuthorization;
import org.a6gateway.publication.PublishedUnit;
import org.a6gateway.units.Serial;
import org.a6gateway.units.Serials;

/**
 * CADT units and the gateway's published units, both ways. A unit is the serials of its first and
 * last units ({@code unitBlockStart}, {@code unitBlockEnd}; {@code serialNumberBlock} joins them
 * with a dash and cannot be split back): both must read as serials of one issuance, or the unit is
 * not one the gateway published. Letters of authorization are labels of that type, named by the
 * authorization's id.
 */
final class CadtUnits {

    private final ObjectMapper json;
    private final CadtVocabulary words;
    private final String unitType;

    CadtUnits(ObjectMapper json, CadtVocabulary words, String unitType) {
        this.json = json;
        this.words = words;
        this.unitType = unitType;
    }

    /** CADT's name of the host Party, when its country list has one. */
    Optional<String> country(String alpha3) {
        return words.country(alpha3);
    }

    Optional<PublishedUnit> read(JsonNode unit) {
        Serial first;
        Serial last;
        try {
            first = Serials.parse(unit.path("unitBlockStart").asText(""));
            last = Serials.parse(unit.path("unitBlockEnd").asText(""));
        } catch (IllegalArgumentException notASerial) {
            return Optional.empty();
        }
        if (!Objects.equals(first.registry(), last.registry()) || !Objects.equals(first.issuance(), last.issuance())
                || last.range().end() < first.range().start()) {
            return Optional.empty();
        }
        var serial = first.through(last);
        return Optional.of(new PublishedUnit(unit.path("warehouseUnitId").asText(), serial, serial.range(),
                unit.path("vintageYear").asInt(), CadtVocabulary.standing(text(unit, "unitStatus")),
                text(unit, "unitStatusReason"), words.party(text(unit, "countryJurisdictionOfOwner")),
                text(unit, "unitRegistryLink"), CadtVocabulary.declaration(text(unit, "correspondingAdjustmentDeclaration")),
                CadtVocabulary.status(text(unit, "correspondingAdjustmentStatus")), letters(unit), null, null, null, null,
                serial.unitSize().tonnesPerUnit()));
    }

    private static List<LetterOfAuthorization> letters(JsonNode unit) {
        var letters = new ArrayList<LetterOfAuthorization>();
        for (JsonNode label : unit.path("labels")) {
            if (CadtVocabulary.LETTER_OF_AUTHORIZATION.equals(text(label, "labelType"))) {
                letters.add(new LetterOfAuthorization(text(label, "label"), text(label, "labelLink"),
                        date(label, "creditingPeriodStartDate"), date(label, "creditingPeriodEndDate"),
                        date(label, "validityPeriodStartDate"), date(label, "validityPeriodEndDate")));
            }
        }
        return letters;
    }

    /**
     * The unit's fields as CADT takes them; {@code existing} are the labels the published unit has,
     * so that a letter it already carries is sent with its id (CADT adds a label sent without one).
     */
    ObjectNode write(PublishedUnit unit, JsonNode existing) {
        var body = json.createObjectNode();
        body.put("unitBlockStart", unit.serialStart().orElseThrow()).put("unitBlockEnd", unit.serialEnd().orElseThrow())
                .put("unitCount", unit.count()).put("vintageYear", unit.vintageYear()).put("unitType", unitType)
                .put("unitStatus", CadtVocabulary.standing(unit.standing()))
                .put("unitRegistryLink", unit.registryLink())
                .put("countryJurisdictionOfOwner", words.country(unit.hostCountry()).orElseThrow())
                .put("correspondingAdjustmentDeclaration", CadtVocabulary.declaration(unit.declaration()))
                .put("correspondingAdjustmentStatus", CadtVocabulary.status(unit.caStatus()));
        if (unit.standingReason() != null) {
            body.put("unitStatusReason", unit.standingReason());
        }
        if (!unit.letters().isEmpty()) {
            var labels = body.putArray("labels");
            unit.letters().forEach(letter -> labels.add(label(letter, unit.count(), existing)));
        }
        return body;
    }

    private ObjectNode label(LetterOfAuthorization letter, long units, JsonNode existing) {
        var label = json.createObjectNode();
        for (JsonNode shown : existing == null ? json.createArrayNode() : existing) {
            if (letter.authorizationId().equals(text(shown, "label"))
                    && CadtVocabulary.LETTER_OF_AUTHORIZATION.equals(text(shown, "labelType"))) {
                label.put("id", text(shown, "id"));
                break;
            }
        }
        return label.put("label", letter.authorizationId()).put("labelType", CadtVocabulary.LETTER_OF_AUTHORIZATION)
                .put("creditingPeriodStartDate", letter.creditingFrom().toString())
                .put("creditingPeriodEndDate", letter.creditingTo().toString())
                .put("validityPeriodStartDate", letter.validFrom().toString())
                .put("validityPeriodEndDate", letter.validTo().toString())
                .put("unitQuantity", units).put("labelLink", letter.link());
    }

    /** A split of the published unit into the parts' serial ranges. */
    ObjectNode split(PublishedUnit published, List<PublishedUnit> parts) {
        var body = json.createObjectNode().put("warehouseUnitId", published.id());
        ArrayNode records = body.putArray("records");
        parts.forEach(part -> records.addObject().put("unitCount", part.count())
                .put("unitBlockStart", part.serialStart().orElseThrow()).put("unitBlockEnd", part.serialEnd().orElseThrow()));
        return body;
    }

    static String text(JsonNode node, String field) {
        var value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static LocalDate date(JsonNode node, String field) {
        var text = text(node, field);
        return text == null || text.length() < 10 ? null : LocalDate.parse(text.substring(0, 10));
    }
}
