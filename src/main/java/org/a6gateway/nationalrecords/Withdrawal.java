package org.a6gateway.nationalrecords;

import org.a6gateway.units.ItmoPair;

/**
 * ITMOs the national registry withdrew from a pair: {@code part} names the ITMOs and the units they
 * stood for, which no longer count as ITMOs; {@code cause} says why, as the gateway asked for it.
 */
public record Withdrawal(ItmoPair part, String authorizationId, String cause) {
}
