package org.a6gateway.itmo;

import java.time.Clock;
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
