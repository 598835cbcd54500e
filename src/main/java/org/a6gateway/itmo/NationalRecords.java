package org.a6gateway.itmo;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
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

    NationalRecords(ItmoActionRows actions, AdjustmentRows adjustments, Clock clock) {
        this.actions = actions;
        this.adjustments = adjustments;
        this.clock = clock;
    }

    /** Returns whether the action is new. */
    @Transactional
    public boolean storeAction(String sourceRegistry, ItmoAction action) {
        if (actions.existsBySourceRegistryAndActionId(sourceRegistry, action.actionId())) {
            return false;
        }
        actions.save(new ItmoActionRow(sourceRegistry, action, clock.instant()));
        return true;
    }

    /** Returns whether the adjustment is new. */
    @Transactional
    public boolean storeAdjustment(String sourceRegistry, CorrespondingAdjustment adjustment, boolean synthetic) {
        if (adjustments.existsBySourceRegistryAndAdjustmentId(sourceRegistry, adjustment.adjustmentId())) {
            return false;
        }
        adjustments.save(new AdjustmentRow(sourceRegistry, adjustment, synthetic, clock.instant()));
        return true;
    }

    /**
     * Stores a page of actions; returns how many were new. One lookup for the page and batched
     * inserts, rather than a query and an insert per action; an action twice in the page is new once.
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
        return fresh.size();
    }

    /** An adjustment as the feed gave it, and whether the gateway made it up (the registry sent no id). */
    public record ReportedAdjustment(CorrespondingAdjustment adjustment, boolean synthetic) {
    }

    @Transactional(readOnly = true)
    public List<FirstTransferAction> firstTransfers() {
        return actions.findByActionTypeOrderById(ItmoAction.FIRST_TRANSFER).stream()
                .map(r -> r.toAction().asFirstTransfer()).toList();
    }

    @Transactional(readOnly = true)
    public List<ItmoAction> actions() {
        return actions.findAllByOrderById().stream().map(ItmoActionRow::toAction).toList();
    }

    @Transactional(readOnly = true)
    public List<CorrespondingAdjustment> adjustments() {
        return adjustments.findAllByOrderById().stream().map(AdjustmentRow::toAdjustment).toList();
    }
}
