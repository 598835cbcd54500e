package org.a6gateway.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;

/**
 * The claims a bearer token must carry besides a valid signature; Spring Boot adds these to every
 * JWT decoder it makes. An expiry always: a token without {@code exp} would be good forever. The
 * issuer ({@code a6.security.jwt.issuer}, by default the configured issuer URI) whenever one is
 * configured: with a public key or a JWK set alone, Boot checks none, and another realm or client
 * of the same identity provider signs with the same key. Audiences are Boot's own
 * ({@code spring.security.oauth2.resourceserver.jwt.audiences}).
 */
@Configuration(proxyBeanMethods = false)
class JwtClaims {

    @Bean
    OAuth2TokenValidator<Jwt> requiredJwtClaims(
            @Value("${a6.security.jwt.issuer:${spring.security.oauth2.resourceserver.jwt.issuer-uri:}}") String issuer) {
        var validators = new ArrayList<OAuth2TokenValidator<Jwt>>();
        validators.add(new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull));
        if (!issuer.isBlank()) {
            validators.add(new JwtIssuerValidator(issuer.strip()));
        }
        return new DelegatingOAuth2TokenValidator<>(validators);
    }
}
