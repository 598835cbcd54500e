package org.a6gateway.authorization;

public enum AuthorizationStatus {
    ACTIVE, REVOKED
}
