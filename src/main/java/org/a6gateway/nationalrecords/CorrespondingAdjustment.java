package org.a6gateway.nationalrecords;

import java.time.LocalDate;
import java.util.Optional;
import org.a6gateway.units.ItmoBlock;
import org.a6gateway.units.ItmoIdentifier;

/** A corresponding adjustment a Party reported in its BTR for one ITMO block, as the national registry published it. */
public record CorrespondingAdjustment(String adjustmentId, String party, int btrYear, LocalDate reportedOn,
                                      String firstItmoId, String lastItmoId, long quantity) {

    /** The ITMOs it names; empty when its ids do not read or are not one block of one series (reported elsewhere). */
    public Optional<ItmoBlock> itmos() {
        try {
            return Optional.of(new ItmoBlock(ItmoIdentifier.parse(firstItmoId), ItmoIdentifier.parse(lastItmoId)));
        } catch (IllegalArgumentException | NullPointerException unreadable) {
            return Optional.empty();
        }
    }

    public String subject() {
        return "adjustment " + adjustmentId + " " + firstItmoId + ".." + lastItmoId;
    }
}
