package org.a6gateway.itmo;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.a6gateway.units.ItmoPair;
import org.a6gateway.units.SerialRange;

@Entity
@Table(name = "itmo_pair")
class ItmoPairRow {

    /** From a sequence, 500 ids a call, so that inserts are batched (V13; INCREMENT BY must match). */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "itmo_pair_seq")
    @SequenceGenerator(name = "itmo_pair_seq", sequenceName = "itmo_pair_seq", allocationSize = 500)
    private Long id;
    private String firstItmoId;
    private String lastItmoId;
    private String underlyingRegistry;
    private String issuanceId;
    private long unitStart;
    private long unitEnd;
    private long quantity;
    private long unitsPerItmo;
    private String authorizationId;
    private Integer authorizationVersion;
    private String blockId;
    private String firstTransferTrigger;
    private LocalDate firstTransferDate;
    private Integer firstTransferYear;
    private Long mintedByJob;
    private Instant mintedAt;
    private Instant confirmedAt;

    protected ItmoPairRow() {
    }

    /** A pair the gateway minted; the national registry has not confirmed it yet. */
    static ItmoPairRow minted(MintedPair minted, Long job, Instant now) {
        var row = of(minted.pair(), minted.authorizationId());
        row.authorizationVersion = minted.authorizationVersion();
        row.blockId = minted.blockId();
        row.firstTransferTrigger = minted.firstTransfer().trigger();
        row.firstTransferDate = minted.firstTransfer().date();
        row.firstTransferYear = minted.firstTransfer().year();
        row.mintedByJob = job;
        row.mintedAt = now;
        return row;
    }

    /** A pair the national registry holds that the gateway never minted. */
    static ItmoPairRow foundOnNationalRegistry(ItmoPair pair, String authorizationId, Instant now) {
        var row = of(pair, authorizationId);
        row.confirmedAt = now;
        return row;
    }

    private static ItmoPairRow of(ItmoPair pair, String authorizationId) {
        var row = new ItmoPairRow();
        row.firstItmoId = pair.itmo().first().toString();
        row.lastItmoId = pair.itmo().last().toString();
        row.underlyingRegistry = pair.underlyingRegistry();
        row.issuanceId = pair.issuance();
        row.unitStart = pair.units().start();
        row.unitEnd = pair.units().end();
        row.quantity = pair.itmo().quantity();
        row.unitsPerItmo = pair.unitsPerItmo();
        row.authorizationId = authorizationId;
        return row;
    }

    /** Returns whether this changed the row: a confirmation is recorded once. */
    boolean confirm(Instant now) {
        if (confirmedAt != null) {
            return false;
        }
        confirmedAt = now;
        return true;
    }

    StoredPair toStored() {
        return StoredPair.of(firstItmoId, lastItmoId, underlyingRegistry, issuanceId, SerialRange.of(unitStart, unitEnd),
                unitsPerItmo, authorizationId, confirmedAt != null);
    }

    String authorizationId() {
        return authorizationId;
    }

    String firstItmoId() {
        return firstItmoId;
    }

    String blockId() {
        return blockId;
    }

    ItmoDetails.History history() {
        var firstTransfer = firstTransferTrigger == null ? null
                : new FirstTransfer(firstTransferDate, firstTransferYear == null ? 0 : firstTransferYear, firstTransferTrigger, null);
        return new ItmoDetails.History(authorizationVersion, blockId, firstTransfer, mintedAt, confirmedAt);
    }
}
