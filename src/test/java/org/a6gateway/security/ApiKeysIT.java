package org.a6gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Keys are random, kept only as hashes, found by their secret while live, and the demo keys replace each other. */
@SpringBootTest
class ApiKeysIT {

    @Autowired
    ApiKeys keys;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aKeyIsStoredAsItsHashOnlyAndSignsInUntilRevoked() {
        var issued = keys.create(Role.AUDITOR, "audit office");

        assertThat(issued.secret()).matches("a6k_[A-Za-z0-9_-]{43}");
        assertThat(issued.toString()).doesNotContain(issued.secret());
        String stored = jdbc.queryForList("SELECT * FROM api_key WHERE id = ?", issued.key().id()).toString();
        assertThat(stored).doesNotContain(issued.secret()).contains(ApiKeys.hash(issued.secret()));
        assertThat(keys.authenticate(issued.secret())).get().extracting(ApiKey::role).isEqualTo(Role.AUDITOR);
        assertThat(keys.authenticate(issued.secret() + "x")).isEmpty();

        assertThat(keys.revoke(issued.key().id())).isTrue();
        assertThat(keys.authenticate(issued.secret())).isEmpty();
        assertThat(keys.revoke(issued.key().id())).isFalse();
    }

    @Test
    void aKeyLimitedToOneHostPartyKeepsItsPartyAndAnUnreadablePartyIsRefused() {
        var tanzania = keys.create(Role.GOVERNMENT, "tanzania desk", null, "tza");

        assertThat(keys.authenticate(tanzania.secret())).get().extracting(ApiKey::party).isEqualTo("TZA");
        assertThat(keys.find(tanzania.key().id())).get().extracting(ApiKey::party).isEqualTo("TZA");
        assertThat(keys.create(Role.GOVERNMENT, "every Party").key().party()).isNull();
        assertThatThrownBy(() -> keys.create(Role.GOVERNMENT, "nowhere", null, "Tanzania"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ISO 3166 alpha-3");
    }

    @Test
    void aKeyWithAnExpiryKeepsItAsGivenAndStopsSigningInOnceItHasPassed() {
        var expiry = Instant.parse("2099-01-01T00:00:00Z");
        var pilot = keys.create(Role.INTEGRATOR, "pilot", expiry);

        assertThat(keys.find(pilot.key().id())).get().extracting(ApiKey::expiresAt).isEqualTo(expiry);
        assertThat(keys.authenticate(pilot.secret())).isPresent();
        jdbc.update("UPDATE api_key SET expires_at = ? WHERE id = ?", Timestamp.from(keys.now().minusSeconds(1)), pilot.key().id());
        assertThat(keys.authenticate(pilot.secret())).isEmpty();
        assertThat(keys.find(pilot.key().id())).get().satisfies(k -> assertThat(k.state(keys.now())).isEqualTo("expired"));
    }

    @Test
    void twoKeysNeverShareASecret() {
        var secrets = java.util.stream.IntStream.range(0, 50).mapToObj(i -> keys.create(Role.INTEGRATOR, "k" + i).secret())
                .collect(Collectors.toSet());
        assertThat(secrets).hasSize(50);
    }

    @Test
    void eachServeStartMakesOneKeyPerRoleAndRevokesThePreviousOnes() {
        var first = keys.issueDemoKeys();
        var second = keys.issueDemoKeys();

        assertThat(second).extracting(k -> k.key().role()).containsExactly(Role.values());
        first.forEach(k -> assertThat(keys.authenticate(k.secret())).as(k.key().role().name()).isEmpty());
        second.forEach(k -> assertThat(keys.authenticate(k.secret())).as(k.key().role().name()).isPresent());
    }

    @Test
    void aKeyNeedsAName() {
        assertThatThrownBy(() -> keys.create(Role.OPERATOR, " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
    }
}
