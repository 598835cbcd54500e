package org.a6gateway.nationalrecords;

/** A private-registry project whose credits an authorization covers. */
public record CoveredActivity(String registry, String projectId, String hostCountry) {
}
