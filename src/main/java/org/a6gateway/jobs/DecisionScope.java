package org.a6gateway.jobs;

import java.util.Set;

/**
 * What one decision must decide again: everything, or the projects, authorizations, corresponding
 * adjustments and issuances changed since it last completed, up to change {@code through}.
 */
public record DecisionScope(String decision, boolean everything, long through,
                            Set<DecisionChanges.ChangedProject> projects, Set<String> authorizations,
                            Set<String> adjustments, Set<DecisionChanges.ChangedIssuance> issuances) {

    public DecisionScope {
        projects = Set.copyOf(projects);
        authorizations = Set.copyOf(authorizations);
        adjustments = Set.copyOf(adjustments);
        issuances = Set.copyOf(issuances);
    }

    /**
     * Nothing a decision reads changed since it last completed: no project's blocks (a change of
     * holder only is noted for the reconciliation alone), no authorization or national record
     * naming one, no pair, no adjustment. The decision would decide what it decided last time.
     */
    public boolean nothingToDecide() {
        return !everything && projects.isEmpty() && authorizations.isEmpty() && adjustments.isEmpty();
    }

    static DecisionScope everything(String decision, long through) {
        return new DecisionScope(decision, true, through, Set.of(), Set.of(), Set.of(), Set.of());
    }
}
