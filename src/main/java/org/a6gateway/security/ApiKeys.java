package org.a6gateway.security;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.a6gateway.ledger.Sha256;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API keys of machine clients: created with a role (and, if asked, a time they expire), shown
 * once, kept as a SHA-256 hash, revoked by id. A key is 32 random bytes, so a plain hash is as
 * strong as a slow one would be and keeps the check per request cheap; every request reads the
 * key's row, so a revocation or an expiry takes effect at once, in every gateway instance.
 */
@Service
public class ApiKeys {

    /** Names the keys {@link #issueDemoKeys()} makes, so the next start replaces them. */
    static final String DEMO_NAME = "demo ";
    private static final String SECRET_START = "a6k_";
    private static final int PREFIX_LENGTH = 10;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public IssuedKey create(Role role, String name) {
        return create(role, name, null);
    }

    /** A key that stops working at {@code expiresAt} (null: only when revoked). */
    @Transactional
    public IssuedKey create(Role role, String name, Instant expiresAt) {
        return create(role, name, expiresAt, null);
    }

    /** As {@link #create(Role, String, Instant)}, limited to one host Party's reports when {@code party} is given. */
    @Transactional
    public IssuedKey create(Role role, String name, Instant expiresAt, String party) {
        String limitedTo = checkRequest(name, expiresAt, party, clock.instant());
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = SECRET_START + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        var keyHolder = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO api_key (name, role, prefix, key_hash, created_at, expires_at, party) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(name.strip(), role.name(), secret.substring(0, PREFIX_LENGTH), hash(secret), Timestamp.from(now),
                        expiresAt == null ? null : Timestamp.from(expiresAt), limitedTo)
                .update(keyHolder, "id");
        long id = keyHolder.getKeyAs(Number.class).longValue();
        return new IssuedKey(new ApiKey(id, name.strip(), role, secret.substring(0, PREFIX_LENGTH), now, null, expiresAt,
                limitedTo), secret);
    }

    /**
     * What {@link #create} refuses before it writes, for a caller that can refuse sooner (the command
     * line, before it opens the database): an IllegalArgumentException naming what is wrong, else
     * the key's Party as it is stored (null: any).
     */
    public static String checkRequest(String name, Instant expiresAt, String party, Instant now) {
        String limitedTo = PartyScope.checked(party);
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("a key needs a name of 1 to 100 characters");
        }
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new IllegalArgumentException("a key cannot expire at " + expiresAt + ", which has passed");
        }
        return limitedTo;
    }

    /** Revokes a key; false when there is no such key or it was revoked already. */
    @Transactional
    public boolean revoke(long id) {
        return jdbc.sql("UPDATE api_key SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
                .params(Timestamp.from(clock.instant()), id).update() == 1;
    }

    public List<ApiKey> list() {
        return jdbc.sql("SELECT * FROM api_key ORDER BY id").query(ApiKeys::key).list();
    }

    public Optional<ApiKey> find(long id) {
        return jdbc.sql("SELECT * FROM api_key WHERE id = ?").param(id).query(ApiKeys::key).optional();
    }

    /** The live key whose secret this is: neither revoked nor expired. */
    public Optional<ApiKey> authenticate(String secret) {
        if (secret == null || !secret.startsWith(SECRET_START) || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM api_key WHERE key_hash = ? AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > ?)")
                .params(hash(secret), Timestamp.from(clock.instant())).query(ApiKeys::key).optional();
    }

    /** What the clock says now: whether a key has expired is a matter of it. */
    public Instant now() {
        return clock.instant();
    }

    /**
     * One fresh key per role for trying the gateway out (the default profile, at {@code serve}):
     * the keys of the previous start are revoked, since their secrets were never kept.
     */
    @Transactional
    public List<IssuedKey> issueDemoKeys() {
        jdbc.sql("UPDATE api_key SET revoked_at = ? WHERE name LIKE ? AND revoked_at IS NULL")
                .params(Timestamp.from(clock.instant()), DEMO_NAME + "%").update();
        var issued = new ArrayList<IssuedKey>();
        for (Role role : Role.values()) {
            issued.add(create(role, DEMO_NAME + role.name().toLowerCase()));
        }
        return issued;
    }

    static String hash(String secret) {
        return Sha256.hex(secret);
    }

    private static ApiKey key(ResultSet rs, int row) throws SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        Timestamp expires = rs.getTimestamp("expires_at");
        return new ApiKey(rs.getLong("id"), rs.getString("name"), Role.valueOf(rs.getString("role")), rs.getString("prefix"),
                rs.getTimestamp("created_at").toInstant(), revoked == null ? null : revoked.toInstant(),
                expires == null ? null : expires.toInstant(), rs.getString("party"));
    }
}
