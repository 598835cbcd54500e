package org.a6gateway.itmo;

import org.a6gateway.units.ItmoPair;

/** An ITMO block the gateway minted for a block's first-transferred units, and why. */
public record MintedPair(ItmoPair pair, String authorizationId, int authorizationVersion, String blockId,
                         FirstTransfer firstTransfer) {
}
