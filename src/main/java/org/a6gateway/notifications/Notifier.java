package org.a6gateway.notifications;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.a6gateway.outbox.Outbox;
import org.a6gateway.reconciliation.Reconciliations;
import org.a6gateway.reconciliation.Severity;
import org.a6gateway.reconciliation.StoredDiscrepancy;
import org.a6gateway.sync.SyncRun;
import org.a6gateway.sync.SyncRunEnded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the subscribers what a sync run's end means. With no subscription it reads nothing; a
 * fault here is logged and never reaches the run, whose outcome stands.
 */
@Component
class Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);
    /** How many new CRITICAL discrepancies a notification names; the count says how many in all. */
    private static final int NAMED = 50;

    private final Subscriptions subscriptions;
    private final Dispatcher dispatcher;
    private final Reconciliations reconciliations;
    private final Outbox outbox;
    private final Clock clock;

    Notifier(Subscriptions subscriptions, Dispatcher dispatcher, Reconciliations reconciliations, Outbox outbox, Clock clock) {
        this.subscriptions = subscriptions;
        this.dispatcher = dispatcher;
        this.reconciliations = reconciliations;
        this.outbox = outbox;
        this.clock = clock;
    }

    @EventListener
    void onRunEnded(SyncRunEnded ended) {
        try {
            var subscribed = subscriptions.active();
            if (subscribed.isEmpty()) {
                return;
            }
            var told = RunNotifications.of(facts(ended.run(), subscribed), clock.instant(), () -> UUID.randomUUID().toString());
            told.forEach(notification -> dispatcher.deliver(notification, subscribed));
        } catch (RuntimeException e) {
            LOG.warn("sync run {} ended, but its notifications could not all be sent: {}", ended.run().id(), e.toString(), e);
        }
    }

    private RunFacts facts(SyncRun run, List<Subscription> subscribed) {
        if (!run.completed()) {
            return new RunFacts(run, List.of(), 0, 0, 0);
        }
        boolean critical = subscribed.stream().anyMatch(s -> s.wants(NotificationKind.CRITICAL_DISCREPANCIES));
        var found = critical ? reconciliations.newlyFound(run.id(), Severity.CRITICAL, NAMED) : new Reconciliations.Page(null, 0, List.of());
        return new RunFacts(run, found.items().stream().map(Notifier::finding).toList(), found.total(), outbox.proposedBy(run.id()),
                outbox.proposedCount());
    }

    private static RunFacts.Finding finding(StoredDiscrepancy stored) {
        var d = stored.discrepancy();
        return new RunFacts.Finding(stored.key(), d.type().name(), d.registry(), d.issuance(), d.units().toString(), d.tonnes());
    }
}
