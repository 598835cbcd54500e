package org.a6gateway.outbox;

import org.a6gateway.units.LabelCode;
import org.a6gateway.units.SerialRange;

/**
 * A label the private registry must apply to, or remove from, a serial range of one issuance,
 * and the authorization (and version) that decided it.
 */
public record LabelCommand(Action action, LabelCode code, String text, String program, String issuanceId,
                           SerialRange range, String authorizationId, int authorizationVersion) {

    public enum Action {
        APPLY, REMOVE
    }
}
