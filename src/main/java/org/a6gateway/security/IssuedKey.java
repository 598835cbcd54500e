package org.a6gateway.security;

/** A key just created: the only moment its secret exists outside the client that holds it. */
public record IssuedKey(ApiKey key, String secret) {

    @Override
    public String toString() {
        // A record's default toString would print the secret wherever the object is logged.
        return "IssuedKey[" + key + "]";
    }
}
