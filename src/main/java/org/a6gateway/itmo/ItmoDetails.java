package org.a6gateway.itmo;

import java.time.Instant;
import java.util.List;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.CorrespondingAdjustment;
import org.a6gateway.nationalrecords.Withdrawal;

/**
 * An ITMO block as an integrator looks it up: the pair, how it came to be (minted by the gateway
 * on a first transfer, confirmed by the national registry), the authorization behind it as last
 * published ({@code null} when the gateway holds none by that id), the private blocks now holding
 * its units, the corresponding adjustments reported on its ITMOs, and those of its ITMOs the
 * national registry withdrew, with why.
 */
public record ItmoDetails(StoredPair stored, History history, AuthorizationRecord authorization,
                          List<String> holdingSerials, Adjusted adjusted, List<Withdrawal> withdrawn) {

    public ItmoDetails {
        holdingSerials = List.copyOf(holdingSerials);
        withdrawn = List.copyOf(withdrawn);
    }

    /**
     * What the pair's row records: the authorization version and block it was minted from and its
     * first transfer (all null for a pair the gateway found on the national registry and never minted).
     */
    public record History(Integer authorizationVersion, String blockId, FirstTransfer firstTransfer, Instant mintedAt,
                          Instant confirmedAt) {

        public boolean mintedByGateway() {
            return mintedAt != null;
        }
    }

    /** The BTR adjustments naming any of the block's ITMOs, and how many of its ITMOs they cover. */
    public record Adjusted(List<CorrespondingAdjustment> adjustments, long quantity) {

        public Adjusted {
            adjustments = List.copyOf(adjustments);
        }
    }
}
