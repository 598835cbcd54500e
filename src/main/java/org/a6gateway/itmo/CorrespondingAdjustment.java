package org.a6gateway.itmo;

import java.time.LocalDate;

/** A corresponding adjustment a Party reported in its BTR for one ITMO block, as the national registry published it. */
public record CorrespondingAdjustment(String adjustmentId, String party, int btrYear, LocalDate reportedOn,
                                      String firstItmoId, String lastItmoId, long quantity) {

    String subject() {
        return "adjustment " + adjustmentId + " " + firstItmoId + ".." + lastItmoId;
    }
}
