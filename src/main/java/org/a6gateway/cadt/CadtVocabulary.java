package org.a6gateway.cadt;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.a6gateway.publication.CaDeclaration;
import org.a6gateway.publication.CaStatus;
import org.a6gateway.publication.UnitStanding;
import org.a6gateway.units.Party;

/**
 * CADT's words for what the publication states: the country names of its pick list (English
 * names, not ISO codes: "Republic of Korea", "Viet Nam"), matched to Parties by any name or code
 * the gateway knows; the adjustment's declaration and status; the unit statuses.
 */
final class CadtVocabulary {

    static final String LETTER_OF_AUTHORIZATION = "Letter of Authorization";

    private final Map<String, String> countryByParty = new HashMap<>();
    private final Map<String, String> partyByCountry = new HashMap<>();

    CadtVocabulary(JsonNode pickList) {
        for (JsonNode country : pickList.path("countries")) {
            Party.find(country.asText()).ifPresent(party -> {
                countryByParty.putIfAbsent(party.alpha3(), country.asText());
                partyByCountry.put(country.asText(), party.alpha3());
            });
        }
    }

    /** CADT's name of the Party (ISO alpha-3), when its pick list has one. */
    Optional<String> country(String alpha3) {
        return Optional.ofNullable(countryByParty.get(alpha3));
    }

    /** The Party of a CADT country name; the name itself when it names none the gateway knows. */
    String party(String country) {
        return partyByCountry.getOrDefault(country, country);
    }

    static String declaration(CaDeclaration declaration) {
        return declaration == CaDeclaration.COMMITTED ? "Committed" : "Not Required";
    }

    static CaDeclaration declaration(String text) {
        return switch (text == null ? "" : text) {
            case "Committed" -> CaDeclaration.COMMITTED;
            case "Not Required" -> CaDeclaration.NOT_REQUIRED;
            default -> null;
        };
    }

    static String status(CaStatus status) {
        return switch (status) {
            case NOT_STARTED -> "Not Started";
            case PENDING -> "Pending";
            case COMPLETED -> "Completed";
        };
    }

    static CaStatus status(String text) {
        return switch (text == null ? "" : text) {
            case "Not Started" -> CaStatus.NOT_STARTED;
            case "Pending" -> CaStatus.PENDING;
            case "Completed" -> CaStatus.COMPLETED;
            default -> null;
        };
    }

    static String standing(UnitStanding standing) {
        return switch (standing) {
            case HELD -> "Held";
            case RETIRED -> "Retired";
            case CANCELLED -> "Cancelled";
        };
    }

    /** A status the gateway never publishes (Expired, Buffer, Exported, …) reads as none, so it is corrected. */
    static UnitStanding standing(String text) {
        return switch (text == null ? "" : text) {
            case "Held" -> UnitStanding.HELD;
            case "Retired" -> UnitStanding.RETIRED;
            case "Cancelled" -> UnitStanding.CANCELLED;
            default -> null;
        };
    }
}
