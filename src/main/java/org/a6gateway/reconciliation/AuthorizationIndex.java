package org.a6gateway.reconciliation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.a6gateway.authorization.AuthorizedUses;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStatus;
import org.a6gateway.nationalrecords.CoveredActivity;

/** The national registry's authorizations (latest version of each), by id and by the activities they cover. */
final class AuthorizationIndex {

    private final Map<String, AuthorizationRecord> byId;
    private final Map<CoveredActivity, List<AuthorizationRecord>> byActivity;

    AuthorizationIndex(Collection<AuthorizationRecord> authorizations) {
        byId = authorizations.stream().collect(Collectors.toMap(AuthorizationRecord::authorizationId, Function.identity(),
                (a, b) -> a.version() >= b.version() ? a : b));
        byActivity = byId.values().stream()
                .flatMap(a -> a.coveredActivities().stream().map(activity -> Map.entry(activity, a)))
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    Optional<AuthorizationRecord> byId(String authorizationId) {
        return Optional.ofNullable(authorizationId).map(byId::get);
    }

    List<AuthorizationRecord> covering(BlockRecord block) {
        return byActivity.getOrDefault(new CoveredActivity(block.program(), block.projectId(), block.hostCountry()), List.of());
    }

    /**
     * Retired or cancelled for a claim: a voluntary one, one that states no use, or a use no
     * authorization covering the block allows.
     */
    boolean claimed(BlockRecord block) {
        return block.retiredFor().filter(use -> use.isClaim()
                || covering(block).stream().noneMatch(a -> AuthorizedUses.allowsRetirement(a, use))).isPresent();
    }

    static boolean revoked(AuthorizationRecord authorization) {
        return authorization.status() == AuthorizationStatus.REVOKED;
    }

    static boolean allows(AuthorizationRecord authorization, String code) {
        return AuthorizedUses.allowsLabel(authorization, code);
    }

    static String describe(AuthorizationRecord a) {
        return "authorization " + a.authorizationId() + " v" + a.version() + " " + a.status() + ", purposes "
                + a.purposes().stream().map(Enum::name).sorted().toList()
                + ", vintages " + bound(a.vintageFrom()) + "–" + bound(a.vintageTo())
                + ", mitigation " + bound(a.mitigationFrom()) + "–" + bound(a.mitigationTo())
                + (a.quantityCap() == null ? "" : ", cap " + a.quantityCap() + " t");
    }

    private static String bound(Object value) {
        return value == null ? "open" : value.toString();
    }
}
