package org.a6gateway.reconciliation;

import java.util.Optional;
import java.util.Set;
import org.a6gateway.nationalrecords.ItmoAction;
import org.a6gateway.units.ItmoIdentifier;
import org.a6gateway.units.SerialRange;

/** An action the national registry recorded on ITMOs (first transfer, transfer, use, cancellation). */
record NationalAction(Scope scope, ItmoAction action) implements Span {

    /** Actions after which the ITMOs are spent: the private units must not stay tradable. */
    private static final Set<String> SPENDING = Set.of("USE", "CANCELLATION", "VOLUNTARY_CANCELLATION");

    @Override
    public SerialRange units() {
        return action.units();
    }

    @Override
    public String subject() {
        return "action " + action.actionId();
    }

    boolean spends() {
        return SPENDING.contains(action.type());
    }

    /** Every action but the authorization itself treats the units as ITMOs. */
    boolean treatsAsItmo() {
        return !"AUTHORIZATION".equals(action.type());
    }

    /** The vintage its ITMO identifiers carry, if they can be read. */
    Optional<Integer> vintage() {
        try {
            return Optional.ofNullable(action.firstItmoId()).map(id -> ItmoIdentifier.parse(id).vintage());
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    String describe() {
        return action.type() + " " + action.actionId() + " on " + action.date() + " of " + action.quantity() + " t";
    }
}
