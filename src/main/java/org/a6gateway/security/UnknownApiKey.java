package org.a6gateway.security;

import org.springframework.security.core.AuthenticationException;

/** An X-API-Key that is not a live key: never created, or revoked. */
final class UnknownApiKey extends AuthenticationException {

    UnknownApiKey() {
        super("the API key is unknown or revoked");
    }
}
