package org.a6gateway.security;

import java.time.Instant;

/**
 * A stored API key, without its secret: only the hash is kept. {@code expiresAt}: when it stops
 * working by itself, if ever; {@code party}: the one host Party it is limited to, if any.
 */
public record ApiKey(long id, String name, Role role, String prefix, Instant createdAt, Instant revokedAt, Instant expiresAt,
                     String party) {

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** "live", "revoked" or "expired" at {@code now}. */
    public String state(Instant now) {
        if (isRevoked()) {
            return "revoked";
        }
        return expiresAt != null && !expiresAt.isAfter(now) ? "expired" : "live";
    }
}
