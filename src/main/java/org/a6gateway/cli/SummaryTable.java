package org.a6gateway.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.time.Duration;
import java.util.Map;
import org.a6gateway.exports.ExportsSummary;
import org.a6gateway.quarantine.QuarantineCount;
import org.a6gateway.sync.SyncRun;
import org.a6gateway.sync.SyncSummary;

/** The human summary of a sync run: what was read, then what the gateway now holds. */
final class SummaryTable {

    private final PrintWriter out;

    SummaryTable(PrintWriter out) {
        this.out = out;
    }

    void print(SyncRun run) {
        var s = run.summary();
        out.printf("a6-gateway sync — run %d %s in %s%n%n", run.id(), run.status().toLowerCase(), took(run));
        printIngest(s);
        printUnavailable(s);
        out.printf("  %-18s %15s%n", "blocks", count(s.blocks()));
        out.printf("  %-18s %15s t CO2e%n", "credits", tonnes(s.credits()));
        out.printf("  %-18s %15s%n", "host countries", count(s.countries()));
        out.printf("  %-18s %15s%n", "authorizations", count(s.authorizations()));
        out.printf("  %-18s %15s%n", "matched blocks", count(s.matchedBlocks()));
        out.printf("  %-18s %15s%n", "unmatched blocks", count(s.unmatchedBlocks()));
        s.unmatchedByReason().forEach((reason, n) -> out.printf("    %-30s %7s%n", reason, count(n)));
        printActions(s);
        printRegistries(s);
        printCountries(s);
    }

    private void printIngest(SyncSummary s) {
        out.printf("  %-28s %6s %8s %8s %8s %9s%n", "read from", "pages", "records", "new", "changed", "unchanged");
        s.ingested().forEach((registry, p) -> out.printf("  %-28s %6d %8d %8d %8d %9d%n",
                registry, p.pages(), p.records(), p.inserted(), p.updated(), p.unchanged()));
        out.println();
    }

    /** A registry set aside comes first: every figure below is without what it would have sent. */
    private void printUnavailable(SyncSummary s) {
        if (s.complete()) {
            return;
        }
        s.unavailable().forEach((registry, why) -> out.printf("  NOT READ: %s — set aside for this run, the other"
                + " registry's work went on; the next run resumes it%n    %s%n", registry, why));
        s.skipped().forEach((step, why) -> out.printf("  skipped %-26s %s%n", step, why));
        out.println();
    }

    private void printActions(SyncSummary s) {
        out.println();
        out.printf("  %-18s %15s%n", "labels to apply", count(s.labelsApplied()));
        out.printf("  %-18s %15s%n", "labels to remove", count(s.labelsRemoved()));
        out.printf("  %-18s %15s   (%s t CO2e)%n", "ITMO ids minted", count(s.itmoIdsMinted()), count(s.itmoUnitsMinted()));
        out.printf("  %-18s %15s%n", "ITMO refs attached", count(s.itmoReferencesAttached()));
        out.printf("  %-18s %15s   (%s refs removed)%n", "ITMO withdrawals", count(s.itmoWithdrawals()),
                count(s.itmoReferencesRemoved()));
        out.printf("  %-18s %15s%n", "CA flags to apply", count(s.caFlagsApplied()));
        out.printf("  %-18s %15s%n", "pushed", count(s.pushed()));
        out.printf("  %-18s %15s%n", "dead-lettered", count(s.deadLettered()));
        printDeadLetters(s);
        if (s.deferred() > 0) {
            out.printf("  %-18s %15s   (registry failing: left for the next run)%n", "deferred", count(s.deferred()));
            (s.deferredByRegistry() == null ? Map.<String, Integer>of() : s.deferredByRegistry()).forEach((registry, n) -> {
                if (n > 0) {
                    out.printf("    %-40s %7s   (breaker %s)%n", registry, count(n), s.breakers().getOrDefault(registry, "?"));
                }
            });
        }
        printRetries(s);
        out.printf("  %-18s %15s%n", "outbox pending", count(s.pendingCommands()));
        if (s.awaitingApproval() > 0) {
            out.printf("  %-18s %15s   (approvals list)%n", "awaiting approval", count(s.awaitingApproval()));
        }
        out.printf("  %-18s %15s%n", "ledger events", count(s.ledgerEvents()));
        out.printf("  %-18s %15s%n", "ITMO pairs held", count(s.itmoPairs()));
        out.printf("  %-18s %15s%n", "held back", count(s.heldBack().values().stream().mapToLong(Long::longValue).sum()));
        s.heldBack().forEach((reason, n) -> out.printf("    %-40s %7s%n", reason, count(n)));
        printQuarantined(s);
        printExports(s);
        printPublished(s);
        printDiscrepancies(s);
    }

    /** The first dead letters, each with its subject and why, so an operator knows what a replay will resend. */
    private void printDeadLetters(SyncSummary s) {
        if (s.deadLetteredCommands() == null) {
            return;
        }
        s.deadLetteredCommands().forEach(d -> out.printf("    %s #%d %s %s: %s%n", d.registry(), d.commandId(),
                d.operation(), d.subject(), d.reason()));
        if (s.deadLettered() > s.deadLetteredCommands().size()) {
            out.printf("    … %d more (outbox list --dead)%n", s.deadLettered() - s.deadLetteredCommands().size());
        }
    }

    /** Retried attempts per registry and phase: a run that got through a faulty registry says what it took. */
    private void printRetries(SyncSummary s) {
        if (s.retried() == null || s.retried().isEmpty()) {
            return;
        }
        out.printf("  %-18s%n", "retried");
        s.retried().forEach((registry, phases) -> phases.forEach((phase, t) -> out.printf("    %-28s %7s attempts   (%s)%n",
                registry + " " + phase, count(t.retries()), t.pages() != null ? t.pages() + " pages re-fetched"
                        : t.commands() + " commands re-sent")));
    }

    private void printQuarantined(SyncSummary s) {
        var q = s.quarantined() == null ? QuarantineCount.NONE : s.quarantined();
        out.printf("  %-18s %15s%s%n", "quarantined", count(q.total()), q.total() > 0 ? "   (refused records; quarantine list)" : "");
        q.byReason().forEach((reason, n) -> out.printf("    %-40s %7s%n", reason, count(n)));
    }

    /** The export files the inboxes held and, per Article 6 label text found, how many of its rows match an authorization. */
    private void printExports(SyncSummary s) {
        var e = s.exports() == null ? ExportsSummary.NONE : s.exports();
        if (e.files() == 0) {
            return;
        }
        out.printf("  %-18s %15s   (%d imported, %d already imported, %d failed; %s rows, %s refused, %s t CO2e)%n",
                "export files", count(e.files()), e.imported(), e.alreadyImported(), e.failed(), count(e.rows()),
                count(e.refused()), count(e.credits()));
        e.failures().forEach(f -> out.printf("    failed: %s%n", f));
        long labelRows = e.labels().values().stream().flatMap(v -> v.values().stream()).mapToLong(Long::longValue).sum();
        out.printf("  %-18s %15s   (%s match an authorization)%n", "export labels", count(labelRows), count(e.matchingLabels()));
        e.labels().forEach((text, verdicts) -> {
            out.printf("    %s%n", text);
            verdicts.forEach((verdict, n) -> out.printf("      %-38s %7s%n", verdict, count(n)));
        });
    }

    /** Per publication registry (CADT): what this run staged there, or why it could not. */
    private void printPublished(SyncSummary s) {
        if (s.published() == null) {
            return;
        }
        s.published().forEach((registry, r) -> {
            if (r.error() != null) {
                out.printf("  %-18s %15s   (%s: %s)%n", "published", "—", registry, r.error());
            } else {
                out.printf("  %-18s %15s   (%s: %d created, %d updated, %d split in %d staging rounds; %d refused, %d discrepancies)%n",
                        "published", count(r.created() + r.updated() + r.split()), registry, r.created(), r.updated(), r.split(),
                        r.rounds(), r.refused(), r.discrepancies());
            }
        });
        if (s.skipped() != null && s.skipped().containsKey("publish")) {
            out.printf("  %-18s %15s   (%s)%n", "published", "—", s.skipped().get("publish"));
        }
    }

    private void printDiscrepancies(SyncSummary s) {
        if (s.skipped() != null && s.skipped().containsKey("reconcile")) {
            out.printf("  %-18s %15s   (%s)%n", "discrepancies", "—", s.skipped().get("reconcile"));
            return;
        }
        long total = s.discrepancies().values().stream().mapToLong(Long::longValue).sum();
        out.printf("  %-18s %15s   (%d new, %d resolved since the run before; discrepancies list)%n", "discrepancies",
                count(total), s.discrepanciesNew(), s.discrepanciesResolved());
        s.discrepancies().forEach((type, n) -> out.printf("    %-40s %7s%n", type, count(n)));
    }

    /** Runs summarised before the gateway kept totals per registry have none, and print none. */
    private void printRegistries(SyncSummary s) {
        if (s.byRegistry() == null || s.byRegistry().isEmpty()) {
            return;
        }
        out.printf("%n  %-22s %8s %15s%n", "private registry", "blocks", "t CO2e");
        s.byRegistry().forEach((registry, t) ->
                out.printf("  %-22s %8s %15s%n", registry, count(t.blocks()), tonnes(t.credits())));
    }

    private void printCountries(SyncSummary s) {
        out.printf("%n  %-22s %8s %15s%n", "host Party", "blocks", "t CO2e");
        s.byCountry().forEach((party, t) ->
                out.printf("  %-3s %-18s %8s %15s%n", party, t.name(), count(t.blocks()), tonnes(t.credits())));
    }

    private static String count(long n) {
        return String.format("%,d", n);
    }

    /** DecimalFormat formats a BigDecimal exactly; no fraction digit is rounded away. */
    private static String tonnes(BigDecimal t) {
        var format = new DecimalFormat("#,##0");
        format.setMaximumFractionDigits(t.scale() < 0 ? 0 : t.scale());
        return format.format(t);
    }

    private static String took(SyncRun run) {
        if (run.startedAt() == null || run.endedAt() == null) {
            return "?";
        }
        var d = Duration.between(run.startedAt(), run.endedAt());
        return String.format("%d.%01d s", d.toSeconds(), d.toMillisPart() / 100);
    }
}
