package org.a6gateway.authorization;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.a6gateway.blocks.Provenance;

/**
 * Which authorization covers a private block: same registry, project and host country, not
 * revoked, and the block's vintage and mitigation period inside the authorized timeframe.
 * Pure: built once from all authorizations, then asked per block (or group of blocks sharing a
 * provenance) without touching the store.
 */
public final class AuthorizationCoverage {

    private final Map<CoveredActivity, List<AuthorizationRecord>> byActivity;

    public AuthorizationCoverage(Collection<AuthorizationRecord> authorizations) {
        byActivity = authorizations.stream()
                .flatMap(a -> a.coveredActivities().stream().map(activity -> Map.entry(activity, a)))
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    public BlockMatch match(Provenance block) {
        var candidates = byActivity.getOrDefault(
                new CoveredActivity(block.program(), block.projectId(), block.hostCountry()), List.of());
        if (candidates.isEmpty()) {
            return BlockMatch.unmatched(UnmatchedReason.NO_AUTHORIZATION);
        }
        var active = candidates.stream().filter(a -> a.status() == AuthorizationStatus.ACTIVE).toList();
        if (active.isEmpty()) {
            return BlockMatch.unmatched(UnmatchedReason.AUTHORIZATION_REVOKED);
        }
        var inVintage = active.stream().filter(a -> vintageInside(block, a)).toList();
        if (inVintage.isEmpty()) {
            return BlockMatch.unmatched(UnmatchedReason.VINTAGE_OUTSIDE_AUTHORIZATION);
        }
        return inVintage.stream().filter(a -> mitigationInside(block, a)).findFirst()
                .map(BlockMatch::matched)
                .orElse(BlockMatch.unmatched(UnmatchedReason.MITIGATION_OUTSIDE_TIMEFRAME));
    }

    /** The block's vintage and mitigation period lie inside what the authorization allows. */
    public static boolean timeframeInside(Provenance block, AuthorizationRecord a) {
        return vintageInside(block, a) && mitigationInside(block, a);
    }

    static boolean vintageInside(Provenance block, AuthorizationRecord a) {
        return (a.vintageFrom() == null || block.vintageYear() >= a.vintageFrom())
                && (a.vintageTo() == null || block.vintageYear() <= a.vintageTo());
    }

    /** A block without a mitigation period (vintage year only) is judged by its vintage alone. */
    static boolean mitigationInside(Provenance block, AuthorizationRecord a) {
        return notBefore(block.vintageStart(), a.mitigationFrom()) && notAfter(block.vintageEnd(), a.mitigationTo());
    }

    private static boolean notBefore(LocalDate date, LocalDate bound) {
        return date == null || bound == null || !date.isBefore(bound);
    }

    private static boolean notAfter(LocalDate date, LocalDate bound) {
        return date == null || bound == null || !date.isAfter(bound);
    }
}
