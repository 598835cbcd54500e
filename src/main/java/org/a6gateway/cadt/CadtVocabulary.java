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

    private static final Map<CaDeclaration, String> DECLARATIONS = Map.of(CaDeclaration.COMMITTED, "Committed",
            CaDeclaration.NOT_REQUIRED, "Not Required");
    private static final Map<CaStatus, String> STATUSES = Map.of(CaStatus.NOT_STARTED, "Not Started",
            CaStatus.PENDING, "Pending", CaStatus.COMPLETED, "Completed");
    private static final Map<UnitStanding, String> STANDINGS = Map.of(UnitStanding.HELD, "Held",
            UnitStanding.RETIRED, "Retired", UnitStanding.CANCELLED, "Cancelled");

    static String declaration(CaDeclaration declaration) {
        return DECLARATIONS.get(declaration);
    }

    static CaDeclaration declaration(String text) {
        return valueOf(DECLARATIONS, text);
    }

    static String status(CaStatus status) {
        return STATUSES.get(status);
    }

    static CaStatus status(String text) {
        return valueOf(STATUSES, text);
    }

    static String standing(UnitStanding standing) {
        return STANDINGS.get(standing);
    }

    /** A status the gateway never publishes (Expired, Buffer, Exported, …) reads as none, so it is corrected. */
    static UnitStanding standing(String text) {
        return valueOf(STANDINGS, text);
    }

    /** The value CADT's word names; none for a word the gateway does not use (CADT's "Unknown" declaration). */
    private static <E> E valueOf(Map<E, String> words, String text) {
        return words.entrySet().stream().filter(e -> e.getValue().equals(text)).map(Map.Entry::getKey).findFirst().orElse(null);
    }
}
