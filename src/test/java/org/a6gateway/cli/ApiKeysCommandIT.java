package org.a6gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code api-keys create | list | revoke}: a key is printed once, listed without its secret, revoked by id. */
class ApiKeysCommandIT {

    private static final Pattern CREATED = Pattern.compile("created key (\\d+) \\(GOVERNMENT, ministry reporting\\): (a6k_[A-Za-z0-9_-]{43})");

    private final String database = "-Pa6.test.database=apikeys" + System.nanoTime();

    @Test
    void aKeyIsCreatedOnceListedWithoutItsSecretAndRevoked() {
        var created = CliRun.of("api-keys", "create", "--role", "government", "--name", "ministry reporting", database);
        assertThat(created.exitCode()).as(created.err()).isZero();
        var matched = CREATED.matcher(created.out());
        assertThat(matched.find()).as(created.out()).isTrue();
        String id = matched.group(1);
        String secret = matched.group(2);

        var listed = CliRun.of("api-keys", "list", database);
        assertThat(listed.out()).containsPattern(id + "\\s+GOVERNMENT\\s+" + Pattern.quote(secret.substring(0, 10)) + "….*never\\s+live\\s+any\\s+ministry reporting")
                .doesNotContain(secret);

        var revoked = CliRun.of("api-keys", "revoke", id, database);
        assertThat(revoked.exitCode()).isZero();
        assertThat(revoked.out()).contains("revoked key " + id);
        assertThat(CliRun.of("api-keys", "list", database).out()).containsPattern(id + "\\s+GOVERNMENT.*revoked\\s+any\\s+ministry reporting");

        var again = CliRun.of("api-keys", "revoke", id, database);
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("no live key " + id);
    }

    @Test
    void aKeyMayExpireOnADayToComeNeverOnOneGone() {
        var created = CliRun.of("api-keys", "create", "--role", "INTEGRATOR", "--name", "pilot", "--expires", "2099-01-01", database);
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out()).contains("It stops working at 2099-01-01T00:00:00Z.");
        assertThat(CliRun.of("api-keys", "list", database).out()).containsPattern("INTEGRATOR.*2099-01-01T00:00:00\\s+live\\s+any\\s+pilot");

        var past = CliRun.of("api-keys", "create", "--role", "INTEGRATOR", "--name", "late", "--expires", "2020-01-01", database);
        assertThat(past.exitCode()).isNotZero();
        assertThat(past.err()).contains("cannot expire at 2020-01-01T00:00:00Z, which has passed");
    }

    @Test
    void aKeyMayBeLimitedToOneHostParty() {
        var created = CliRun.of("api-keys", "create", "--role", "GOVERNMENT", "--name", "tanzania desk", "--party", "tza", database);
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out()).contains("It reaches TZA's reports only.");
        assertThat(CliRun.of("api-keys", "list", database).out()).containsPattern("GOVERNMENT.*live\\s+TZA\\s+tanzania desk");

        var wrong = CliRun.of("api-keys", "create", "--role", "GOVERNMENT", "--name", "nowhere", "--party", "Tanzania", database);
        assertThat(wrong.exitCode()).isNotZero();
        assertThat(wrong.err()).contains("a Party is its ISO 3166 alpha-3 code (TZA, MDG, …), not 'Tanzania'");
    }

    @Test
    void anUnknownRoleOrAMissingNameIsRefused() {
        var role = CliRun.of("api-keys", "create", "--role", "ADMIN", "--name", "x", database);
        assertThat(role.exitCode()).isNotZero();
        assertThat(role.err()).contains("unknown role 'ADMIN' (one of OPERATOR, GOVERNMENT, INTEGRATOR, AUDITOR)");

        var name = CliRun.of("api-keys", "create", "--role", "OPERATOR", database);
        assertThat(name.exitCode()).isNotZero();
        assertThat(name.err()).contains("--name");
    }
}
