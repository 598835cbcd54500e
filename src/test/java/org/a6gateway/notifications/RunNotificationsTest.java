package org.a6gateway.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.a6gateway.outbox.DeadLetter;
import org.a6gateway.sync.SyncRun;
import org.a6gateway.sync.SyncSummary;
import org.junit.jupiter.api.Test;

/** What a run's end tells, case by case: each fact a notification of its own kind, a failed run only its failure. */
class RunNotificationsTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RunFacts.Finding DOUBLE_CLAIM = new RunFacts.Finding("k1", "DOUBLE_CLAIM", "vcm-registry", "GS-1-2",
            "1-100", new BigDecimal("100"));

    @Test
    void aCleanRunTellsNothing() {
        assertThat(told(completed(Map.of()), List.of(), 0, 0)).isEmpty();
    }

    @Test
    void aFailedRunTellsOnlyThatItFailedWithItsReason() {
        var run = new SyncRun(12, "FAILED", null, null, null, "national-registry answered 500 at page 3", List.of());
        var told = RunNotifications.of(new RunFacts(run, List.of(DOUBLE_CLAIM), 1, 2, 2), NOW, ids());
        assertThat(told).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.RUN_FAILED);
            assertThat(n.text()).isEqualTo("Sync run 12 failed: national-registry answered 500 at page 3");
            assertThat(n.details()).containsEntry("failure", "national-registry answered 500 at page 3");
            assertThat(n.syncRun()).isEqualTo(12);
            assertThat(n.occurredAt()).isEqualTo(NOW);
        });
    }

    @Test
    void aRegistrySetAsideIsNamedWithWhy() {
        var run = completed(Map.of("unavailable", Map.of("national-registry", "answered 503 after 3 attempts"),
                "skipped", Map.of("reconcile", "a registry was set aside")));
        assertThat(told(run, List.of(), 0, 0)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.RUN_INCOMPLETE);
            assertThat(n.text()).isEqualTo("Sync run 7 completed without national-registry (answered 503 after 3 attempts)");
            assertThat(n.details()).containsKeys("unavailable", "skipped");
        });
    }

    @Test
    void newCriticalDiscrepanciesAreCountedAndTheirTypesNamed() {
        var other = new RunFacts.Finding("k2", "LABEL_WITHOUT_AUTHORIZATION", "vcm-registry", "GS-1-3", "5-9", BigDecimal.TEN);
        assertThat(told(completed(Map.of()), List.of(DOUBLE_CLAIM, other, DOUBLE_CLAIM), 120, 0)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.CRITICAL_DISCREPANCIES);
            assertThat(n.text()).isEqualTo("Sync run 7 found 120 new CRITICAL discrepancies (DOUBLE_CLAIM, LABEL_WITHOUT_AUTHORIZATION)");
            assertThat(n.details()).containsEntry("count", 120L);
        });
    }

    @Test
    void proposedCommandsAndDeadLettersAreEachTheirOwnNotification() {
        var letter = new DeadLetter("vcm-registry", 41, "applyLabel", "GS-1-2 1-100", "answered 422: unknown block");
        var run = completed(Map.of("deadLettered", 1, "deadLetteredCommands", List.of(letter), "deadLetters", 3));
        var told = told(run, List.of(), 0, 1);
        assertThat(told).extracting(Notification::kind).containsExactly(NotificationKind.APPROVALS_WAITING, NotificationKind.DEAD_LETTERS);
        assertThat(told.get(0).text()).isEqualTo("Sync run 7 proposed 1 command for a GOVERNMENT user's approval (1 waiting in all)");
        assertThat(told.get(1).text()).isEqualTo("Sync run 7 dead-lettered 1 command; the first, applyLabel GS-1-2 1-100 at"
                + " vcm-registry: answered 422: unknown block");
        assertThat(told.get(1).details()).containsEntry("deadLettersHeld", 3L);
        assertThat(told).extracting(Notification::id).doesNotHaveDuplicates();
    }

    private static List<Notification> told(SyncRun run, List<RunFacts.Finding> critical, long criticalTotal, long proposed) {
        return RunNotifications.of(new RunFacts(run, critical, criticalTotal, proposed, proposed), NOW, ids());
    }

    /** A completed run 7 whose summary holds the given fields, the others empty or zero. */
    private static SyncRun completed(Map<String, Object> fields) {
        return new SyncRun(7, "COMPLETED", null, null, JSON.convertValue(fields, SyncSummary.class), null, List.of());
    }

    private static Supplier<String> ids() {
        var next = new AtomicInteger();
        return () -> "n" + next.incrementAndGet();
    }
}
