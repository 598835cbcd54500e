package org.a6gateway.quarantine;

import java.util.regex.Pattern;
import org.a6gateway.units.Party;

/** The checks both adapters make on values the contract's types cannot express. */
public final class Checks {

    private static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");
    private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");

    public static final int FIRST_VINTAGE = 1990;
    public static final int LAST_VINTAGE = 2100;

    private Checks() {
    }

    public static void require(boolean ok, QuarantineReason reason, String detail) {
        if (!ok) {
            throw new RecordRefused(reason, detail);
        }
    }

    /** Years of vintages, authorizations and reports are 1990–2100; anything else is a typo or an attack. */
    public static void year(Integer year, String field, QuarantineReason reason) {
        if (year != null) {
            require(year >= FIRST_VINTAGE && year <= LAST_VINTAGE, reason,
                    "field '" + field + "': " + year + " is outside " + FIRST_VINTAGE + "–" + LAST_VINTAGE);
        }
    }

    public static void positive(Long quantity, String field) {
        if (quantity != null) {
            require(quantity > 0, QuarantineReason.INVALID_QUANTITY,
                    "field '" + field + "': " + quantity + " is not a positive quantity");
        }
    }

    /** A Party by ISO 3166-1 alpha-2, exactly as the private registries write it (upper case). */
    public static void alpha2(String code, String field) {
        party(code, field, 2);
    }

    /** A Party by ISO 3166-1 alpha-3, exactly as the national registry writes it (upper case). */
    public static void alpha3(String code, String field) {
        party(code, field, 3);
    }

    private static void party(String code, String field, int letters) {
        if (code == null) {
            return;
        }
        boolean known = (letters == 2 ? ALPHA2 : ALPHA3).matcher(code).matches() && Party.find(code)
                .map(p -> (letters == 2 ? p.alpha2() : p.alpha3()).equals(code)).orElse(false);
        require(known, QuarantineReason.UNKNOWN_PARTY, "field '" + field + "': '" + RecordShape.abbreviate(code)
                + "' is not an ISO 3166-1 alpha-" + letters + " Party code");
    }
}
