package org.a6gateway.notifications;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.a6gateway.sync.SyncSummary;

/**
 * What a run's end tells, and in which words. A failed run tells only that it failed: what it did
 * before failing is summarised by the run that completes it. A completed run may tell several
 * things at once, each a notification of its own kind, so each subscriber hears only what it asked.
 */
public final class RunNotifications {

    private RunNotifications() {
    }

    public static List<Notification> of(RunFacts facts, Instant now, Supplier<String> ids) {
        var run = facts.run();
        var told = new ArrayList<Notification>();
        if (!run.completed()) {
            String failure = run.failure() == null ? "no reason recorded" : run.failure();
            told.add(new Notification(ids.get(), NotificationKind.RUN_FAILED, now, run.id(),
                    "Sync run " + run.id() + " " + run.status().toLowerCase() + ": " + failure,
                    Map.of("status", run.status(), "failure", failure)));
            return told;
        }
        var summary = run.summary();
        if (summary != null && !summary.complete()) {
            told.add(incomplete(ids.get(), now, run.id(), summary));
        }
        if (facts.newCriticalTotal() > 0) {
            told.add(critical(ids.get(), now, run.id(), facts));
        }
        if (facts.proposedByRun() > 0) {
            told.add(new Notification(ids.get(), NotificationKind.APPROVALS_WAITING, now, run.id(),
                    "Sync run " + run.id() + " proposed " + plural(facts.proposedByRun(), "command")
                            + " for a GOVERNMENT user's approval (" + facts.awaitingApproval() + " waiting in all)",
                    Map.of("proposed", facts.proposedByRun(), "waiting", facts.awaitingApproval())));
        }
        if (summary != null && summary.deadLettered() > 0) {
            told.add(deadLetters(ids.get(), now, run.id(), summary));
        }
        return told;
    }

    private static Notification incomplete(String id, Instant now, long run, SyncSummary summary) {
        var text = new StringBuilder("Sync run " + run + " completed without ");
        summary.unavailable().forEach((registry, why) -> text.append(registry).append(" (").append(why).append("); "));
        text.setLength(text.length() - 2);
        var details = new LinkedHashMap<String, Object>();
        details.put("unavailable", summary.unavailable());
        details.put("skipped", summary.skipped() == null ? Map.of() : summary.skipped());
        return new Notification(id, NotificationKind.RUN_INCOMPLETE, now, run, text.toString(), details);
    }

    private static Notification critical(String id, Instant now, long run, RunFacts facts) {
        var types = new LinkedHashSet<String>();
        facts.newCritical().forEach(f -> types.add(f.type()));
        var details = new LinkedHashMap<String, Object>();
        details.put("count", facts.newCriticalTotal());
        details.put("discrepancies", facts.newCritical());
        return new Notification(id, NotificationKind.CRITICAL_DISCREPANCIES, now, run,
                "Sync run " + run + " found " + plural(facts.newCriticalTotal(), "new CRITICAL discrepancy") + " ("
                        + String.join(", ", types) + ")", details);
    }

    private static Notification deadLetters(String id, Instant now, long run, SyncSummary summary) {
        var text = new StringBuilder("Sync run " + run + " dead-lettered " + plural(summary.deadLettered(), "command"));
        var first = summary.deadLetteredCommands();
        if (first != null && !first.isEmpty()) {
            var letter = first.get(0);
            text.append("; the first, ").append(letter.operation()).append(" ").append(letter.subject()).append(" at ")
                    .append(letter.registry()).append(": ").append(letter.reason());
        }
        var details = new LinkedHashMap<String, Object>();
        details.put("count", summary.deadLettered());
        details.put("deadLetters", first == null ? List.of() : first);
        details.put("deadLettersHeld", summary.deadLetters());
        return new Notification(id, NotificationKind.DEAD_LETTERS, now, run, text.toString(), details);
    }

    private static String plural(long count, String noun) {
        if (count == 1) {
            return "1 " + noun;
        }
        return count + " " + (noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }
}
