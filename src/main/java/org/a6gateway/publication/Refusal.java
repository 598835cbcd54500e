package org.a6gateway.publication;

import java.math.BigDecimal;
import org.a6gateway.units.SerialRange;

/**
 * A private block the gateway does not publish, or a unit the publication registry refused, and
 * why ({@code program} as the serial names it): kept as a discrepancy of the publication registry until a later run publishes it.
 */
public record Refusal(String sourceRegistry, String blockId, String program, String issuance, SerialRange range, BigDecimal tonnes,
                      String reason) {
}
