package org.a6gateway.authorization;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.a6gateway.blocks.Provenance;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStatus;
import org.a6gateway.nationalrecords.CoveredActivity;

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
        var verdicts = active.stream().map(a -> Timeframe.of(block, a)).toList();
        for (int i = 0; i < active.size(); i++) {
            if (verdicts.get(i).inside()) {
                return BlockMatch.matched(active.get(i));
            }
        }
        if (verdicts.contains(Timeframe.VINTAGE_UNKNOWN)) {
            return BlockMatch.unmatched(UnmatchedReason.VINTAGE_UNKNOWN);
        }
        return BlockMatch.unmatched(verdicts.contains(Timeframe.OUTSIDE_MITIGATION)
                ? UnmatchedReason.MITIGATION_OUTSIDE_TIMEFRAME : UnmatchedReason.VINTAGE_OUTSIDE_AUTHORIZATION);
    }

    /** The block's vintage and mitigation period lie inside what the authorization allows. */
    public static boolean timeframeInside(Provenance block, AuthorizationRecord a) {
        return Timeframe.of(block, a).inside();
    }
}
