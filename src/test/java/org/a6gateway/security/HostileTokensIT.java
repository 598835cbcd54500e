package org.a6gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import org.a6gateway.testing.ApiAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tokens signed with the identity provider's own key that still must not pass: one without an
 * expiry, from another issuer or none, for another audience or none. A token's subject is the
 * caller's own text: it reaches the access log without its line breaks, and a token without one
 * is logged by the client it was issued to.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"a6.test.context=hostile-tokens",
        "a6.security.jwt.issuer=https://idp.example/realms/a6",
        "spring.security.oauth2.resourceserver.jwt.audiences=a6-gateway"})
@ExtendWith(OutputCaptureExtension.class)
class HostileTokensIT {

    private static final KeyPair PROVIDER = rsa();
    private static final Instant IN_FIVE_MINUTES = Instant.now().plusSeconds(300);

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
    void aTokenWithExpiryIssuerAndAudienceAsConfiguredIsAccepted() throws Exception {
        assertThat(status(token(c -> c))).isEqualTo(200);
    }

    @Test
    void aTokenWithoutExpiryIsRefused() throws Exception {
        assertThat(status(token(c -> c.expirationTime(null)))).isEqualTo(401);
    }

    @Test
    void aTokenOfAnotherIssuerOrNoneIsRefused() throws Exception {
        assertThat(status(token(c -> c.issuer("https://idp.example/realms/other")))).isEqualTo(401);
        assertThat(status(token(c -> c.issuer(null)))).isEqualTo(401);
    }

    @Test
    void aTokenForAnotherAudienceOrNoneIsRefused() throws Exception {
        assertThat(status(token(c -> c.audience("another-app")))).isEqualTo(401);
        assertThat(status(token(c -> c.audience((String) null)))).isEqualTo(401);
    }

    @Test
    void aSubjectWithLineBreaksCannotForgeALogLine(CapturedOutput output) throws Exception {
        assertThat(status(token(c -> c.subject("alice\nFORGED INFO admin logged in\r\u2028x")))).isEqualTo(200);

        // the access line is written as the request ends, which may be just after the client has its answer
        await().atMost(Duration.ofMinutes(5)).untilAsserted(() -> assertThat(output.getAll())
                .contains("by jwt:alice?FORGED INFO admin logged in??x"));
        assertThat(output.getAll()).doesNotContain("\nFORGED INFO");
    }

    @Test
    void aTokenWithoutSubjectIsLoggedByItsClient(CapturedOutput output) throws Exception {
        assertThat(status(token(c -> c.subject(null).claim("client_id", "ministry-reporting")))).isEqualTo(200);

        await().atMost(Duration.ofMinutes(5)).untilAsserted(() -> assertThat(output.getAll())
                .contains("by jwt-client:ministry-reporting"));
        assertThat(output.getAll()).doesNotContain("by jwt:null");
    }

    private int status(String token) {
        return ApiAccess.anonymous(context, port).get().uri("/reports/parties").header("Authorization", "Bearer " + token)
                .retrieve().toBodilessEntity().getStatusCode().value();
    }

    /** A government officer's token as the identity provider issues it, changed by {@code change}. */
    private static String token(UnaryOperator<JWTClaimsSet.Builder> change) throws JOSEException {
        var claims = new JWTClaimsSet.Builder().subject("officer@ministry.example").issuer("https://idp.example/realms/a6")
                .audience("a6-gateway").issueTime(Date.from(IN_FIVE_MINUTES.minusSeconds(900)))
                .expirationTime(Date.from(IN_FIVE_MINUTES)).claim("roles", List.of("GOVERNMENT"));
        var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), change.apply(claims).build());
        jwt.sign(new RSASSASigner(PROVIDER.getPrivate()));
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
