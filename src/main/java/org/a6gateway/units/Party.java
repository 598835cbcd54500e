package org.a6gateway.units;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A Party (country) by ISO 3166-1 alpha-2, alpha-3 and English short name. Private registries
 * write alpha-2 in serials, the AEF and ITMO ids alpha-3, the reporting tool English names; all
 * three resolve, case-insensitively, with the tool's own spellings ("Lao", "Tanzania", …).
 */
public record Party(String alpha2, String alpha3, String name) {

    private static final Map<String, Party> BY_KEY = index();

    /** The Party named by an alpha-2 or alpha-3 code or an English name. */
    public static Optional<Party> find(String codeOrName) {
        return codeOrName == null ? Optional.empty()
                : Optional.ofNullable(BY_KEY.get(codeOrName.strip().toUpperCase(Locale.ROOT)));
    }

    public static Party of(String codeOrName) {
        return find(codeOrName).orElseThrow(() -> new IllegalArgumentException("unknown Party '" + codeOrName + "'"));
    }

    private static Map<String, Party> index() {
        Map<String, Party> byKey = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            var locale = new Locale("", alpha2);
            var party = new Party(alpha2, locale.getISO3Country(), locale.getDisplayCountry(Locale.ENGLISH));
            byKey.put(alpha2, party);
            byKey.put(party.alpha3(), party);
            byKey.put(party.name().toUpperCase(Locale.ROOT), party);
        }
        Map.of("LAO", "LA", "LAO PDR", "LA", "LAO PEOPLE'S DEMOCRATIC REPUBLIC", "LA",
                        "UNITED REPUBLIC OF TANZANIA", "TZ", "THE GAMBIA", "GM", "TÜRKIYE", "TR",
                        "COTE D'IVOIRE", "CI", "CÔTE D'IVOIRE", "CI", "REPUBLIC OF KOREA", "KR", "KOREA", "KR")
                .forEach((alias, alpha2) -> byKey.put(alias, byKey.get(alpha2)));
        return Map.copyOf(byKey);
    }
}
