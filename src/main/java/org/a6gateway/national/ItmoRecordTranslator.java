package org.a6gateway.national;

import org.a6gateway.national.client.model.Action;
import org.a6gateway.national.client.model.ItmoPair;
import org.a6gateway.national.client.model.ItmoPairWithdrawal;
import org.a6gateway.nationalrecords.CorrespondingAdjustment;
import org.a6gateway.nationalrecords.ItmoAction;
import org.a6gateway.units.ItmoBlock;
import org.a6gateway.units.ItmoIdentifier;
import org.a6gateway.units.SerialRange;
import org.a6gateway.units.Serials;

/**
 * Translates the national registry's actions, adjustments and pairs. Unit ids come either as a
 * serial number or as the private registry's full serial string (docs/domain.md §4: accept both); a
 * full string also gives the issuance.
 */
final class ItmoRecordTranslator {

    private ItmoRecordTranslator() {
    }

    static ItmoAction toAction(Action a) {
        var first = unit(a.getFirstUnitId(), true);
        var last = unit(a.getLastUnitId(), false);
        return new ItmoAction(a.getActionId(), a.getType().getValue(), a.getDate(), a.getAuthorizationId(),
                a.getUnderlyingRegistry(), first.issuance() != null ? first.issuance() : last.issuance(),
                SerialRange.of(first.serial(), last.serial()), a.getFirstItmoId(), a.getLastItmoId(), a.getQuantity(),
                Boolean.TRUE.equals(a.getSynthetic()), a.getHolderAccount());
    }

    static CorrespondingAdjustment toAdjustment(org.a6gateway.national.client.model.CorrespondingAdjustment c) {
        return new CorrespondingAdjustment(c.getAdjustmentId(), c.getParty(), c.getBtrYear(), c.getReportedOn(),
                c.getFirstItmoId(), c.getLastItmoId(), c.getQuantity());
    }

    static org.a6gateway.units.ItmoPair toPair(ItmoPair p) {
        return pair(p.getFirstItmoId(), p.getLastItmoId(), p.getUnderlyingRegistry(), p.getIssuanceId(), p.getFirstUnitId(),
                p.getLastUnitId(), p.getUnitsPerItmo());
    }

    /** The ITMOs a withdrawal names and the units they stood for. */
    static org.a6gateway.units.ItmoPair toPart(ItmoPairWithdrawal w) {
        return pair(w.getFirstItmoId(), w.getLastItmoId(), w.getUnderlyingRegistry(), w.getIssuanceId(), w.getFirstUnitId(),
                w.getLastUnitId(), w.getUnitsPerItmo());
    }

    /** {@code unitsPerItmo}: one when the record does not say, the contract's default. */
    private static org.a6gateway.units.ItmoPair pair(String firstItmoId, String lastItmoId, String registry,
                                                     String issuanceId, String firstUnitId, String lastUnitId,
                                                     Long unitsPerItmo) {
        var first = unit(firstUnitId, true);
        var last = unit(lastUnitId, false);
        String issuance = issuanceId != null ? issuanceId : first.issuance();
        return new org.a6gateway.units.ItmoPair(
                new ItmoBlock(ItmoIdentifier.parse(firstItmoId), ItmoIdentifier.parse(lastItmoId)),
                registry, issuance, SerialRange.of(first.serial(), last.serial()), unitsPerItmo == null ? 1 : unitsPerItmo);
    }

    private record Unit(long serial, String issuance) {
    }

    private static Unit unit(String id, boolean first) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("unit id is missing");
        }
        if (id.strip().chars().allMatch(Character::isDigit)) {
            return new Unit(Long.parseLong(id.strip()), null);
        }
        var serial = Serials.parse(id);
        return new Unit(first ? serial.range().start() : serial.range().end(), serial.issuance());
    }
}
