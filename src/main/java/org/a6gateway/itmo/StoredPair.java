package org.a6gateway.itmo;

import org.a6gateway.units.ItmoBlock;
import org.a6gateway.units.ItmoIdentifier;
import org.a6gateway.units.ItmoPair;
import org.a6gateway.units.SerialRange;

/**
 * An ITMO pair the gateway holds, for the authorization that minted it; {@code confirmed} once the
 * national registry's feed shows it registered — the first transfer is then on record there.
 */
public record StoredPair(ItmoPair pair, String authorizationId, boolean confirmed) {

    /** The pair as a row of itmo_pair holds it. */
    static StoredPair of(String firstItmoId, String lastItmoId, String underlyingRegistry, String issuanceId,
                         SerialRange units, long unitsPerItmo, String authorizationId, boolean confirmed) {
        var itmo = new ItmoBlock(ItmoIdentifier.parse(firstItmoId), ItmoIdentifier.parse(lastItmoId));
        return new StoredPair(new ItmoPair(itmo, underlyingRegistry, issuanceId, units, unitsPerItmo), authorizationId, confirmed);
    }
}
