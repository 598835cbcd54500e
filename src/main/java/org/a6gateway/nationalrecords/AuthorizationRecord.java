package org.a6gateway.nationalrecords;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.a6gateway.units.Purpose;

/** One version of an authorization as the national registry published it. */
public record AuthorizationRecord(
        String sourceRegistry,
        String authorizationId,
        int version,
        AuthorizationStatus status,
        String party,
        LocalDate date,
        int authorizationYear,
        String cooperativeApproachId,
        boolean publishedOnCarp,
        Long quantityCap,
        String metric,
        String gwpValues,
        String nonGhgMetric,
        Set<Purpose> purposes,
        String oimpDetail,
        FirstTransferDefinition firstTransferDefinition,
        Integer vintageFrom,
        Integer vintageTo,
        LocalDate mitigationFrom,
        LocalDate mitigationTo,
        LocalDate useFrom,
        LocalDate useTo,
        List<String> authorizedParties,
        List<String> authorizedEntities,
        List<String> sectors,
        List<String> activityTypes,
        String terms,
        List<String> documentLinks,
        List<CoveredActivity> coveredActivities,
        boolean synthetic) {

    public AuthorizationRecord {
        purposes = Set.copyOf(purposes);
        authorizedParties = listOf(authorizedParties);
        authorizedEntities = listOf(authorizedEntities);
        sectors = listOf(sectors);
        activityTypes = listOf(activityTypes);
        documentLinks = listOf(documentLinks);
        coveredActivities = listOf(coveredActivities);
    }

    private static <T> List<T> listOf(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    public boolean covers(String registry, String projectId, String hostCountry) {
        return coveredActivities.contains(new CoveredActivity(registry, projectId, hostCountry));
    }
}
