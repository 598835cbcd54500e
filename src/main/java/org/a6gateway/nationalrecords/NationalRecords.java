package org.a6gateway.nationalrecords;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import org.a6gateway.jobs.DecisionChanges;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national registry's actions and corresponding adjustments as the gateway read them. Both
 * are facts the registry recorded once: a record read again is not stored again.
 */
@Service
public class NationalRecords {

    private final ItmoActionRows actions;
    private final AdjustmentRows adjustments;
    private final Clock clock;
    private final DecisionChanges changes;
    private final NationalTables tables;

    NationalRecords(ItmoActionRows actions, AdjustmentRows adjustments, Clock clock, DecisionChanges changes,
                    NationalTables tables) {
        this.actions = actions;
        this.adjustments = adjustments;
        this.clock = clock;
        this.changes = changes;
        this.tables = tables;
    }

    /**
     * Stores a page of actions; returns how many were new. One lookup for the page and batched
     * inserts, rather than a query and an insert per action; an action twice in the page is new once.
     * The authorizations of the new actions are noted for the decisions.
     */
    @Transactional
    public int storeActions(String sourceRegistry, List<ItmoAction> page) {
        var held = new HashSet<String>();
        actions.findByActionIdIn(page.stream().map(ItmoAction::actionId).toList()).stream()
                .filter(row -> row.sourceRegistry().equals(sourceRegistry))
                .forEach(row -> held.add(row.actionId()));
        var now = clock.instant();
        var fresh = page.stream().filter(action -> held.add(action.actionId()))
                .map(action -> new ItmoActionRow(sourceRegistry, action, now)).toList();
        actions.saveAll(fresh);
        changes.authorizationsChanged(fresh.stream().map(ItmoActionRow::authorizationId).toList());
        return fresh.size();
    }

    /** Stores a page of adjustments as {@link #storeActions} stores actions; returns how many were new. */
    @Transactional
    public int storeAdjustments(String sourceRegistry, List<ReportedAdjustment> page) {
        var held = new HashSet<String>();
        adjustments.findByAdjustmentIdIn(page.stream().map(r -> r.adjustment().adjustmentId()).toList()).stream()
                .filter(row -> row.sourceRegistry().equals(sourceRegistry))
                .forEach(row -> held.add(row.adjustmentId()));
        var now = clock.instant();
        var fresh = page.stream().filter(r -> held.add(r.adjustment().adjustmentId()))
                .map(r -> new AdjustmentRow(sourceRegistry, r.adjustment(), r.synthetic(), now)).toList();
        adjustments.saveAll(fresh);
        changes.adjustmentsChanged(fresh.stream().map(AdjustmentRow::adjustmentId).toList());
        return fresh.size();
    }

    /** An adjustment as the feed gave it, and whether the gateway made it up (the registry sent no id). */
    public record ReportedAdjustment(CorrespondingAdjustment adjustment, boolean synthetic) {
    }

    @Transactional(readOnly = true)
    public List<FirstTransferAction> firstTransfers() {
        return tables.actions(ItmoAction.FIRST_TRANSFER).stream().map(ItmoAction::asFirstTransfer).toList();
    }

    @Transactional(readOnly = true)
    public List<ItmoAction> actions() {
        return tables.actions(null);
    }

    @Transactional(readOnly = true)
    public List<CorrespondingAdjustment> adjustments() {
        return tables.adjustments();
    }
}
