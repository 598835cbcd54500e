package org.a6gateway.itmo;

import org.a6gateway.units.ItmoPair;

/**
 * An ITMO pair the gateway holds, for the authorization that minted it; {@code confirmed} once the
 * national registry's feed shows it registered — the first transfer is then on record there.
 */
public record StoredPair(ItmoPair pair, String authorizationId, boolean confirmed) {
}
