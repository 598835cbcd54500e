package org.a6gateway.nationalrecords;

import java.time.LocalDate;
import org.a6gateway.units.SerialRange;

/**
 * An action the national registry recorded on an ITMO block, with the underlying units it names;
 * {@code holderAccount}, when the registry gives it, is the private-registry account holding the
 * units after the action.
 */
public record ItmoAction(String actionId, String type, LocalDate date, String authorizationId, String registry,
                         String issuanceId, SerialRange units, String firstItmoId, String lastItmoId, long quantity,
                         boolean synthetic, String holderAccount) {

    public static final String FIRST_TRANSFER = "FIRST_TRANSFER";

    public FirstTransferAction asFirstTransfer() {
        return new FirstTransferAction(actionId, authorizationId, registry, issuanceId, units, date);
    }
}
