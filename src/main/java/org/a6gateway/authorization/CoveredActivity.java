package org.a6gateway.authorization;

/** A private-registry project whose credits an authorization covers. */
public record CoveredActivity(String registry, String projectId, String hostCountry) {
}
