package org.a6gateway.nationalrecords;

public enum AuthorizationStatus {
    ACTIVE, REVOKED
}
