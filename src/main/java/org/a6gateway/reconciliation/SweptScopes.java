package org.a6gateway.reconciliation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.a6gateway.authorization.CoveredProjects;
import org.a6gateway.blocks.BlockStore;
import org.a6gateway.blocks.BlockStore.Issuance;
import org.a6gateway.blocks.BlockStore.Project;
import org.a6gateway.jobs.DecisionScope;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.springframework.stereotype.Component;

/**
 * The scopes a sync's reconciliation compares again after the last one, and their blocks. A scope
 * left out found nothing last time and nothing it reads has changed since, so it finds nothing
 * now: its blocks did not change (no issuance noted), no authorization judging them changed (the
 * projects a changed authorization covers, before and after, are swept), and its national records
 * and ledger expectations have the digest they had. Every scope with a finding is swept again, so
 * no finding is carried forward unchecked; so are the projects of capped authorizations, whose cap
 * needs every block they label.
 */
@Component
class SweptScopes {

    private final BlockStore blocks;

    SweptScopes(BlockStore blocks) {
        this.blocks = blocks;
    }

    /** The scopes to sweep and the source of exactly their blocks. */
    record Plan(Set<Scope> scopes, BlockSource blocks) {
    }

    Plan of(Reconciler reconciler, DecisionScope changes, List<Scope> digestsDiffering, List<Discrepancy> found,
             List<AuthorizationRecord> authorizations) {
        var scopes = new HashSet<Scope>();
        var issuances = new HashSet<Issuance>();
        changes.issuances().forEach(i -> issuances.add(new Issuance(i.program(), i.issuanceId())));
        issuances.addAll(blocks.issuancesOf(projects(changes, authorizations)));
        issuances.forEach(i -> scopes.add(reconciler.scope(i.program(), i.issuanceId())));
        var named = new HashSet<>(digestsDiffering);
        found.forEach(d -> named.add(new Scope(d.registry(), d.issuance())));
        scopes.addAll(named);
        issuances.addAll(issuancesOf(named));
        var read = issuances.stream().filter(i -> !reconciler.numbersAcrossIssuances(i.program())).toList();
        var wholePrograms = scopes.stream().filter(s -> s.issuance() == null && reconciler.numbersAcrossIssuances(s.registry()))
                .map(Scope::registry).collect(Collectors.toSet());
        BlockSource source = action -> {
            blocks.forEachOfIssuances(read, block -> {
                if (scopes.contains(reconciler.scope(block.program(), block.issuanceId()))) {
                    action.accept(block);
                }
            });
            wholePrograms.forEach(program -> blocks.forEachOfProgramInSerialOrder(program, action));
        };
        return new Plan(Set.copyOf(scopes), source);
    }

    /** The projects whose blocks changed, those changed authorizations cover and those capped ones cover. */
    private static Set<Project> projects(DecisionScope changes, List<AuthorizationRecord> authorizations) {
        var projects = changes.projects().stream().map(p -> new Project(p.program(), p.projectId(), p.hostCountry()))
                .collect(Collectors.toCollection(HashSet::new));
        authorizations.stream().filter(a -> changes.authorizations().contains(a.authorizationId()) || a.quantityCap() != null)
                .forEach(a -> projects.addAll(CoveredProjects.of(a)));
        return projects;
    }

    /**
     * The issuances holding the blocks of scopes known by name only (a national record's, a
     * finding's): the issuance as named and, when its number could have been written with leading
     * zeros, the stored issuances that were.
     */
    private Set<Issuance> issuancesOf(Set<Scope> scopes) {
        var found = new HashSet<Issuance>();
        scopes.stream().filter(s -> s.issuance() != null).forEach(s -> found.add(new Issuance(s.registry(), s.issuance())));
        if (scopes.stream().anyMatch(s -> s.issuance() != null && Scope.numeric(s.issuance()))) {
            blocks.zeroPaddedIssuances().stream()
                    .filter(i -> scopes.contains(Scope.of(i.program(), i.issuanceId(), false)))
                    .forEach(found::add);
        }
        return found;
    }
}
