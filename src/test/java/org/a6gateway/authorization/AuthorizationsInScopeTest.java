package org.a6gateway.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.a6gateway.jobs.DecisionChanges.ChangedProject;
import org.a6gateway.jobs.DecisionScope;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStatus;
import org.a6gateway.nationalrecords.CoveredActivity;
import org.junit.jupiter.api.Test;

/** Which authorizations a scope of changes sends back to their decisions. */
class AuthorizationsInScopeTest {

    static AuthorizationRecord covering(String id, CoveredActivity... activities) {
        var template = AuthorizationCoverageTest.madagascar2313(AuthorizationStatus.ACTIVE, null, null, null, null);
        return new AuthorizationRecord(template.sourceRegistry(), id, 1, template.status(), template.party(), null,
                2024, template.cooperativeApproachId(), true, null, "GHG", null, null, template.purposes(), null,
                template.firstTransferDefinition(), null, null, null, null, null, null, null, null, null, null, null,
                null, List.of(activities), false);
    }

    static final CoveredActivity P2313 = new CoveredActivity("VCS", "2313", "MG");
    static final CoveredActivity P2794 = new CoveredActivity("VCS", "2794", "MG");
    static final CoveredActivity P9 = new CoveredActivity("GS", "GS9", "KE");

    final AuthorizationRecord a = covering("A", P2313);
    final AuthorizationRecord b = covering("B", P2313, P2794);
    final AuthorizationRecord c = covering("C", P2794);
    final AuthorizationRecord d = covering("D", P9);
    final List<AuthorizationRecord> all = List.of(a, b, c, d);

    static DecisionScope scope(Set<ChangedProject> projects, Set<String> authorizations) {
        return new DecisionScope("authorizationLabels", false, 7, projects, authorizations, Set.of(), Set.of());
    }

    @Test
    void everythingIsEveryAuthorizationInItsOrder() {
        assertThat(AuthorizationsInScope.of(new DecisionScope("x", true, 0, Set.of(), Set.of(), Set.of(), Set.of()), all))
                .containsExactly(a, b, c, d);
    }

    @Test
    void aChangedProjectBringsEveryAuthorizationCoveringItAndNoOther() {
        assertThat(AuthorizationsInScope.of(scope(Set.of(new ChangedProject("VCS", "2794", "MG")), Set.of()), all))
                .containsExactly(b, c);
        assertThat(AuthorizationsInScope.of(scope(Set.of(new ChangedProject("VCS", "2794", "KE")), Set.of()), all))
                .as("same project number in another country").isEmpty();
    }

    @Test
    void aChangedAuthorizationBringsTheOthersSharingItsProjects() {
        assertThat(AuthorizationsInScope.of(scope(Set.of(), Set.of("A")), all)).as("A shares 2313 with B").containsExactly(a, b);
        assertThat(AuthorizationsInScope.of(scope(Set.of(), Set.of("D", "unknown")), all)).containsExactly(d);
        assertThat(AuthorizationsInScope.of(scope(Set.of(), Set.of()), all)).isEmpty();
    }
}
