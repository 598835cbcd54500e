package org.a6gateway.authorization;

import java.util.HashSet;
import java.util.List;
import org.a6gateway.blocks.BlockStore;
import org.a6gateway.jobs.DecisionScope;
import org.a6gateway.nationalrecords.AuthorizationRecord;

/**
 * The authorizations whose decisions a scope of changes can alter: those changed (or named by a
 * changed action or pair), and every authorization covering a project that changed or that a
 * changed authorization covers, since authorizations sharing a project share its blocks and their
 * units' pairs. The others would decide what they decided before.
 */
public final class AuthorizationsInScope {

    private AuthorizationsInScope() {
    }

    /** In the order of {@code all}. */
    public static List<AuthorizationRecord> of(DecisionScope scope, List<AuthorizationRecord> all) {
        if (scope.everything()) {
            return all;
        }
        var projects = new HashSet<>(changedProjects(scope));
        all.stream().filter(a -> scope.authorizations().contains(a.authorizationId()))
                .forEach(a -> projects.addAll(CoveredProjects.of(a)));
        return all.stream().filter(a -> scope.authorizations().contains(a.authorizationId())
                || CoveredProjects.of(a).stream().anyMatch(projects::contains)).toList();
    }

    /** The projects whose blocks changed, as the block store names them. */
    public static List<BlockStore.Project> changedProjects(DecisionScope scope) {
        return scope.projects().stream()
                .map(p -> new BlockStore.Project(p.program(), p.projectId(), p.hostCountry())).toList();
    }
}
