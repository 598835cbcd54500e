package org.a6gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.a6gateway.testing.ApiAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Production sign-in: an OAuth2 resource server trusting the identity provider's signing key.
 * A token's {@code realm_access.roles} (a Keycloak-style claim, configured here) grants gateway
 * roles; an expired token, a token signed by another key or one without a gateway role gets nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"a6.test.context=jwt", "a6.security.jwt.roles-claim=realm_access.roles"})
class JwtBearerTokenIT {

    private static final KeyPair PROVIDER = rsa();
    private static final KeyPair STRANGER = rsa();

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) throws IOException {
        Path pem = Files.createTempFile("a6-idp", ".pem");
        pem.toFile().deleteOnExit();
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(PROVIDER.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + pem);
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void aTokenWithTheGovernmentRoleReadsReportPartiesAndNothingOperatorsDo() throws Exception {
        String token = token(PROVIDER, List.of("GOVERNMENT", "offline_access"), Instant.now().plusSeconds(300));

        assertThat(status("GET", "/reports/parties", token)).isEqualTo(200);
        assertThat(status("POST", "/sync-runs", token)).isEqualTo(403);
    }

    @Test
    void anIntegratorTokenReadsButOrdersNoReport() throws Exception {
        String token = token(PROVIDER, List.of("integrator"), Instant.now().plusSeconds(300));

        assertThat(status("GET", "/serials/GS1-1-MG-GS11202-16-2021-25339-106-205", token)).isEqualTo(200);
        assertThat(status("GET", "/reports/parties", token)).isEqualTo(403);
    }

    @Test
    void expiredForeignOrRolelessTokensGetNothing() throws Exception {
        assertThat(status("GET", "/reports/parties", token(PROVIDER, List.of("GOVERNMENT"), Instant.now().minusSeconds(600))))
                .isEqualTo(401);
        assertThat(status("GET", "/reports/parties", token(STRANGER, List.of("GOVERNMENT"), Instant.now().plusSeconds(300))))
                .isEqualTo(401);
        assertThat(status("GET", "/reports/parties", "not-a-token")).isEqualTo(401);
        assertThat(status("GET", "/reports/parties", token(PROVIDER, List.of("admin"), Instant.now().plusSeconds(300))))
                .isEqualTo(403);
    }

    @Test
    void aPartyClaimLimitsTheTokenToThatPartysReportsAndOneThatNamesNoPartyToNone() throws Exception {
        String tanzania = token(PROVIDER, List.of("GOVERNMENT"), Instant.now().plusSeconds(300), "TZA");
        assertThat(status("POST", "/reports/aef", tanzania, "{\"party\":\"MDG\",\"year\":2025}")).isEqualTo(403);
        assertThat(status("POST", "/reports/aef", tanzania, "{\"party\":\"TZA\",\"year\":2025}")).as("past the Party check")
                .isNotIn(401, 403);

        String unreadable = token(PROVIDER, List.of("GOVERNMENT"), Instant.now().plusSeconds(300), "Tanzania");
        assertThat(status("POST", "/reports/aef", unreadable, "{\"party\":\"TZA\",\"year\":2025}")).isEqualTo(403);
    }

    @Test
    void apiKeysStillWorkBesideTokens() {
        var response = ApiAccess.http(context, port, "GOVERNMENT").get().uri("/reports/parties").retrieve().toBodilessEntity();
        assertThat(response.getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void theChallengeOffersBothWaysIn() {
        var response = ApiAccess.anonymous(context, port).get().uri("/reports/parties").retrieve().toEntity(String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getHeaders().getFirst("WWW-Authenticate")).contains("ApiKey").contains("Bearer");
    }

    private int status(String method, String path, String token) {
        return ApiAccess.anonymous(context, port).method(org.springframework.http.HttpMethod.valueOf(method)).uri(path)
                .header("Authorization", "Bearer " + token).retrieve().toBodilessEntity().getStatusCode().value();
    }

    private int status(String method, String path, String token, String json) {
        return ApiAccess.anonymous(context, port).method(org.springframework.http.HttpMethod.valueOf(method)).uri(path)
                .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).body(json)
                .retrieve().toBodilessEntity().getStatusCode().value();
    }

    private static String token(KeyPair signer, List<String> roles, Instant expires) throws JOSEException {
        return token(signer, roles, expires, null);
    }

    private static String token(KeyPair signer, List<String> roles, Instant expires, String party) throws JOSEException {
        var claims = new JWTClaimsSet.Builder().subject("officer@ministry.example").issuer("https://idp.example")
                .issueTime(Date.from(expires.minusSeconds(900))).expirationTime(Date.from(expires))
                .claim("realm_access", Map.of("roles", roles)).claim("party", party).build();
        var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(signer.getPrivate()));
        return jwt.serialize();
    }

    private static KeyPair rsa() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has RSA", e);
        }
    }
}
