package org.a6gateway.jobs;

import java.sql.Types;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What changed in the store since each decision last ran to completion, so that a sync after ten
 * thousand changed blocks decides again what they touch rather than the whole store.
 * The stores note a change in the transaction that makes it; a decision asks for its
 * {@link DecisionScope} and, in its own transaction, marks it {@link #decided}, so a decision that
 * fails or is killed leaves its changes for the next run. A decision never run decides everything.
 * The sync's reconciliation reads changes the same way (the reconcile job, comparing everything,
 * neither reads nor marks them).
 *
 * <p>The changes are numbered by an identity column and a decision's mark is the highest number it
 * saw. The sync's own steps note changes (the ingests, the minting) inside the leased sync job,
 * one after another, so none of theirs can commit with a number below a mark after that mark was
 * taken. An officer's decision on a pair's registration notes one from outside the job: committed
 * in the instant a decision takes its scope, with a number below the mark, it would be missed by
 * that decision until a later change concerns the same authorization (or the decision is run
 * whole, its mark forgotten).
 */
@Service
public class DecisionChanges {

    public static final String LABELS = "authorizationLabels";
    public static final String MINTING = "mintItmoIdentifiers";
    public static final String REFERENCES = "attachItmoReferences";
    public static final String REVERSALS = "reverseItmos";
    public static final String ADJUSTMENTS = "correspondingAdjustments";
    /** The sync's reconciliation, which compares again only the issuances the changes concern. */
    public static final String RECONCILIATION = "reconcile";
    /** The steps that read changes (named as the steps); rows all of them have passed are deleted. */
    static final List<String> DECISIONS = List.of(LABELS, MINTING, REVERSALS, REFERENCES, ADJUSTMENTS, RECONCILIATION);
    /** The reconciliation compares digests of the national records themselves, not their notes (Reconciler#digests). */
    private static final List<String> DECISIONS_ON_ADJUSTMENTS = List.of(LABELS, MINTING, REVERSALS, REFERENCES, ADJUSTMENTS);

    private static final int PART = 1_000;

    private final NamedParameterJdbcTemplate jdbc;

    DecisionChanges(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    /** Blocks of these projects were stored or changed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void projectsChanged(Collection<ChangedProject> projects) {
        insert(DECISIONS, () -> distinct(projects).map(p -> row("PROJECT").addValue("program", p.program(), Types.VARCHAR)
                .addValue("project", p.projectId(), Types.VARCHAR).addValue("country", p.hostCountry(), Types.VARCHAR)));
    }

    /**
     * Blocks of these issuances were stored or changed in any way, a change of holder included
     * (which only the reconciliation reads).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void issuancesChanged(Collection<ChangedIssuance> issuances) {
        insert(List.of(RECONCILIATION), () -> distinct(issuances).map(i -> row("ISSUANCE")
                .addValue("program", i.program(), Types.VARCHAR).addValue("record", i.issuanceId(), Types.VARCHAR)));
    }

    /** These authorizations, or the national records naming them (actions, pairs), were stored or changed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void authorizationsChanged(Collection<String> authorizationIds) {
        insert(DECISIONS, () -> distinct(authorizationIds).map(id -> row("AUTHORIZATION").addValue("record", id, Types.VARCHAR)));
    }

    /** These corresponding adjustments were stored. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void adjustmentsChanged(Collection<String> adjustmentIds) {
        insert(DECISIONS_ON_ADJUSTMENTS, () -> distinct(adjustmentIds).map(id -> row("ADJUSTMENT").addValue("record", id, Types.VARCHAR)));
    }

    /** The changes since the decision's mark, or everything when it never completed. */
    @Transactional(readOnly = true)
    public DecisionScope scope(String decision) {
        var marks = jdbc.queryForList("select decided_through from decision_mark where decision = :decision",
                Map.of("decision", decision), Long.class);
        Long upTo = jdbc.queryForObject("select max(id) from decision_change", Map.of(), Long.class);
        long through = upTo == null ? marks.stream().findFirst().orElse(0L) : upTo;
        if (marks.isEmpty()) {
            return DecisionScope.everything(decision, through);
        }
        var projects = new HashSet<ChangedProject>();
        var authorizations = new HashSet<String>();
        var adjustments = new HashSet<String>();
        var issuances = new HashSet<ChangedIssuance>();
        jdbc.query("select kind, program, project_id, host_country, record_id from decision_change"
                + " where id > :after and id <= :through", Map.of("after", marks.get(0), "through", through), row -> {
                    switch (row.getString(1)) {
                        case "PROJECT" -> projects.add(new ChangedProject(row.getString(2), row.getString(3), row.getString(4)));
                        case "AUTHORIZATION" -> authorizations.add(row.getString(5));
                        case "ISSUANCE" -> issuances.add(new ChangedIssuance(row.getString(2), row.getString(5)));
                        default -> adjustments.add(row.getString(5));
                    }
                });
        return new DecisionScope(decision, false, through, projects, authorizations, adjustments, issuances);
    }

    /** The decision has decided its scope: its mark moves there, and rows every decision passed go. */
    @Transactional
    public void decided(DecisionScope scope) {
        var mark = new MapSqlParameterSource("decision", scope.decision()).addValue("through", scope.through());
        if (jdbc.update("update decision_mark set decided_through = :through where decision = :decision", mark) == 0) {
            jdbc.update("insert into decision_mark (decision, decided_through) values (:decision, :through)", mark);
        }
        var marks = jdbc.queryForList("select decided_through from decision_mark where decision in (:decisions)",
                Map.of("decisions", DECISIONS), Long.class);
        if (marks.size() == DECISIONS.size()) {
            jdbc.update("delete from decision_change where id <= :passed",
                    Map.of("passed", marks.stream().mapToLong(Long::longValue).min().orElseThrow()));
        }
    }

    private static MapSqlParameterSource row(String kind) {
        // typed nulls: PostgreSQL's driver cannot infer a type from a bare null
        return new MapSqlParameterSource("kind", kind).addValue("program", null, Types.VARCHAR)
                .addValue("project", null, Types.VARCHAR).addValue("country", null, Types.VARCHAR)
                .addValue("record", null, Types.VARCHAR);
    }

    private static <T> Stream<T> distinct(Collection<T> values) {
        return values.stream().filter(Objects::nonNull).distinct();
    }

    /**
     * Notes rows only when one of their readers has completed once: until then each reads
     * everything, so a first sync of a million blocks writes no notes nobody will read.
     */
    private void insert(List<String> readers, Supplier<Stream<MapSqlParameterSource>> notes) {
        Long marked = jdbc.queryForObject("select count(*) from decision_mark where decision in (:readers)",
                Map.of("readers", readers), Long.class);
        if (marked == null || marked == 0) {
            return;
        }
        var rows = notes.get().toList();
        for (int from = 0; from < rows.size(); from += PART) {
            jdbc.batchUpdate("insert into decision_change (kind, program, project_id, host_country, record_id)"
                            + " values (:kind, :program, :project, :country, :record)",
                    rows.subList(from, Math.min(rows.size(), from + PART)).toArray(MapSqlParameterSource[]::new));
        }
    }

    /** A private-registry project, as the blocks and the authorizations covering them name it. */
    public record ChangedProject(String program, String projectId, String hostCountry) {
    }

    /** An issuance of a private registry's program, as its blocks name it. */
    public record ChangedIssuance(String program, String issuanceId) {
    }
}
