package org.a6gateway.national;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.a6gateway.national.client.model.Authorization;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStatus;
import org.a6gateway.nationalrecords.CoveredActivity;
import org.a6gateway.nationalrecords.FirstTransferDefinition;
import org.a6gateway.units.Purpose;

/** Translates the national registry's authorization into the gateway's model. */
final class AuthorizationTranslator {

    private AuthorizationTranslator() {
    }

    static AuthorizationRecord toRecord(String registry, Authorization a) {
        return new AuthorizationRecord(registry, a.getAuthorizationId(), a.getVersion(),
                AuthorizationStatus.valueOf(a.getStatus().getValue()), a.getParty(), a.getDate(),
                a.getAuthorizationYear(), a.getCooperativeApproachId(), Boolean.TRUE.equals(a.getPublishedOnCarp()),
                a.getQuantityCap(), a.getMetric() == null ? null : a.getMetric().getValue(), a.getGwpValues(),
                a.getNonGhgMetric(), purposes(a), a.getOimpDetail(),
                FirstTransferDefinition.valueOf(a.getFirstTransferDefinition().getValue()),
                a.getVintageFrom(), a.getVintageTo(), a.getMitigationFrom(), a.getMitigationTo(), a.getUseFrom(),
                a.getUseTo(), a.getAuthorizedParties(), a.getAuthorizedEntities(), a.getSectors(),
                a.getActivityTypes(), a.getTerms(), a.getDocumentLinks(),
                a.getCoveredActivities().stream()
                        .map(c -> new CoveredActivity(c.getRegistry(), c.getProjectId(), c.getHostCountry()))
                        .toList(),
                Boolean.TRUE.equals(a.getSynthetic()));
    }

    private static Set<Purpose> purposes(Authorization a) {
        return a.getPurposes().stream().map(p -> Purpose.valueOf(p.getValue()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Purpose.class)));
    }
}
