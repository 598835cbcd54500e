package org.a6gateway.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * The gateway roles a bearer token carries, read from one claim ({@code a6.security.jwt.roles-claim},
 * default {@code roles}; a dotted path such as {@code realm_access.roles} reaches into an object).
 * Values that are not gateway roles are ignored: an identity provider's other roles grant nothing here.
 * The Party claim ({@code a6.security.jwt.party-claim}, default {@code party}) limits the token to
 * those host Parties' reports ({@link PartyScope}).
 */
@Component
class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

    /** Matches no ISO alpha-3 code. */
    private static final String NO_PARTY = "NONE";

    private final String claim;
    private final String partyClaim;

    JwtRoles(@Value("${a6.security.jwt.roles-claim:roles}") String claim,
             @Value("${a6.security.jwt.party-claim:party}") String partyClaim) {
        this.claim = claim;
        this.partyClaim = partyClaim;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        // The request's access line names the token's subject, or the client it was issued to (see api.RequestLog).
        MDC.put("caller", caller(jwt));
        return new JwtAuthenticationToken(jwt, authorities(jwt), jwt.getSubject());
    }

    /** A client's own token (client credentials) may carry no subject: {@code client_id} (RFC 9068) or {@code azp} names it. */
    static String caller(Jwt jwt) {
        if (jwt.getSubject() != null) {
            return "jwt:" + CallerNames.loggable(jwt.getSubject());
        }
        var client = jwt.getClaimAsString("client_id") != null ? jwt.getClaimAsString("client_id") : jwt.getClaimAsString("azp");
        return "jwt-client:" + CallerNames.loggable(client);
    }

    Collection<GrantedAuthority> authorities(Jwt jwt) {
        var granted = new ArrayList<GrantedAuthority>();
        for (Object name : claimValues(jwt)) {
            for (Role role : Role.values()) {
                if (role.name().equalsIgnoreCase(String.valueOf(name))) {
                    granted.add(new SimpleGrantedAuthority(role.authority()));
                }
            }
        }
        for (Object party : claimValues(jwt, partyClaim)) {
            granted.add(PartyScope.authority(party(String.valueOf(party))));
        }
        return granted;
    }

    /** A Party claim that names no Party limits the token to none, rather than to every one. */
    private static String party(String value) {
        try {
            String party = PartyScope.checked(value);
            return party == null ? NO_PARTY : party;
        } catch (IllegalArgumentException e) {
            return NO_PARTY;
        }
    }

    private Collection<?> claimValues(Jwt jwt) {
        return claimValues(jwt, claim);
    }

    private static Collection<?> claimValues(Jwt jwt, String claim) {
        Object value = jwt.getClaims();
        for (String part : claim.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(part) : null;
        }
        if (value instanceof Collection<?> values) {
            return values;
        }
        return value == null ? List.of() : List.of(value);
    }
}
