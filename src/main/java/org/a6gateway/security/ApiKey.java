package org.a6gateway.security;

import java.time.Instant;

/** A stored API key, without its secret: only the hash is kept. */
public record ApiKey(long id, String name, Role role, String prefix, Instant createdAt, Instant revokedAt) {

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
