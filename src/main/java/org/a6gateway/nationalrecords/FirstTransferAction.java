package org.a6gateway.nationalrecords;

import java.time.LocalDate;
import org.a6gateway.units.SerialRange;

/**
 * The national registry's record that units under an authorization were first transferred
 * internationally. {@code issuanceId} is null when the registry gave the units as plain serial
 * numbers rather than full serial strings.
 */
public record FirstTransferAction(String actionId, String authorizationId, String registry, String issuanceId,
                                  SerialRange units, LocalDate date) {

    public boolean concerns(String program, String issuance, SerialRange range) {
        return registry.equals(program) && (issuanceId == null || issuanceId.equals(issuance)) && units.overlaps(range);
    }
}
