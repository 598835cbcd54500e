package org.a6gateway.nationalrecords;

import java.util.List;
import org.a6gateway.units.ItmoPair;

/**
 * Where the ITMO pairs the national registry shows registered go. The pairs themselves are kept
 * with the ITMO decisions, in one table with the pairs the gateway minted and still waits to see
 * confirmed; the national feed hands them over through this port and imports no decision module.
 */
public interface PairConfirmations {

    /**
     * A page of the feed's registered pairs; returns how many changed anything. A pair the
     * gateway never minted is kept as well, for the reconciliation.
     */
    int confirmAll(List<RegisteredPair> page);

    /** A pair the national registry shows registered, under its authorization. */
    record RegisteredPair(ItmoPair pair, String authorizationId) {

        public String firstItmoId() {
            return pair.itmo().first().toString();
        }
    }
}
