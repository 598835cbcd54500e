package org.a6gateway.national;

import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.CorrespondingAdjustment;
import org.a6gateway.nationalrecords.ItmoAction;
import org.a6gateway.nationalrecords.ItmoWithdrawals;
import org.a6gateway.units.ItmoPair;

/** One change of the national feed, checked and translated: exactly the part named by its kind is set. */
record NationalChange(String recordId, AuthorizationRecord authorization, ItmoAction action,
                      CorrespondingAdjustment adjustment, boolean syntheticAdjustment, ItmoPair pair,
                      String pairAuthorizationId, ItmoWithdrawals.Recorded withdrawal) {

    static NationalChange of(String id, AuthorizationRecord authorization) {
        return new NationalChange(id, authorization, null, null, false, null, null, null);
    }

    static NationalChange of(String id, ItmoAction action) {
        return new NationalChange(id, null, action, null, false, null, null, null);
    }

    static NationalChange of(String id, CorrespondingAdjustment adjustment, boolean synthetic) {
        return new NationalChange(id, null, null, adjustment, synthetic, null, null, null);
    }

    static NationalChange of(String id, ItmoPair pair, String authorizationId) {
        return new NationalChange(id, null, null, null, false, pair, authorizationId, null);
    }

    static NationalChange of(String id, ItmoWithdrawals.Recorded withdrawal) {
        return new NationalChange(id, null, null, null, false, null, null, withdrawal);
    }
}
