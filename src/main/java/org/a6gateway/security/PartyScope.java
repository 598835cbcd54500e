package org.a6gateway.security;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The host Parties a credential is limited to: an officer of one government orders and fetches
 * that Party's reports, never another's. Carried as authorities {@code PARTY_<ISO alpha-3>}, from
 * an API key's Party or a token's Party claim; a credential with none reaches every Party.
 */
public final class PartyScope {

    static final String PREFIX = "PARTY_";
    private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");

    private PartyScope() {
    }

    /** The Parties the caller is limited to; empty when it reaches every Party. */
    public static Set<String> of(Authentication caller) {
        if (caller == null) {
            return Set.of();
        }
        return caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).filter(a -> a.startsWith(PREFIX))
                .map(a -> a.substring(PREFIX.length())).collect(Collectors.toUnmodifiableSet());
    }

    public static boolean reaches(Authentication caller, String party) {
        var limited = of(caller);
        return limited.isEmpty() || limited.contains(party);
    }

    static GrantedAuthority authority(String party) {
        return new SimpleGrantedAuthority(PREFIX + party);
    }

    /** A Party as a credential names it: three capital letters (ISO 3166 alpha-3), or nothing. */
    static String checked(String party) {
        if (party == null || party.isBlank()) {
            return null;
        }
        String code = party.strip().toUpperCase();
        if (!ALPHA3.matcher(code).matches()) {
            throw new IllegalArgumentException("a Party is its ISO 3166 alpha-3 code (TZA, MDG, …), not '" + party + "'");
        }
        return code;
    }
}
