package org.a6gateway.national;

import static org.a6gateway.quarantine.Checks.require;

import org.a6gateway.national.client.model.Action;
import org.a6gateway.national.client.model.Authorization;
import org.a6gateway.national.client.model.CorrespondingAdjustment;
import org.a6gateway.national.client.model.ItmoPair;
import org.a6gateway.national.client.model.ItmoPairWithdrawal;
import org.a6gateway.quarantine.Checks;
import org.a6gateway.quarantine.QuarantineReason;
import org.a6gateway.quarantine.RecordRefused;
import org.a6gateway.units.ItmoIdentifier;
import org.a6gateway.units.SerialFormatException;
import org.a6gateway.units.Serials;

/**
 * What the national registry's records must hold beyond their JSON types: known Parties (alpha-3;
 * alpha-2 for the host countries of covered projects), years within 1990–2100, positive
 * quantities, readable ITMO ids and unit ids, ranges that run forward. An action's quantity is not
 * compared with its units: a kilogram programme counts differently, and a wrong figure is the
 * reconciliation's QUANTITY_DRIFT or UNIT_MISMATCH to report, with the record stored.
 */
final class ChangeChecks {

    private ChangeChecks() {
    }

    static void authorization(Authorization a) {
        require(a.getAuthorizationId().matches("[A-Za-z0-9 ./-]{1,100}"), QuarantineReason.INVALID_VALUE,
                "field 'authorization.authorizationId': letters, digits, space, '.', '/' and '-' only");
        require(a.getVersion() >= 1, QuarantineReason.INVALID_VALUE, "field 'authorization.version': " + a.getVersion()
                + " is not a version (1 or more)");
        Checks.alpha3(a.getParty(), "authorization.party");
        a.getAuthorizedParties().forEach(p -> Checks.alpha3(p, "authorization.authorizedParties"));
        a.getCoveredActivities().forEach(c -> Checks.alpha2(c.getHostCountry(), "authorization.coveredActivities.hostCountry"));
        Checks.year(a.getAuthorizationYear(), "authorization.authorizationYear", QuarantineReason.INVALID_VALUE);
        Checks.year(a.getVintageFrom(), "authorization.vintageFrom", QuarantineReason.VINTAGE_OUT_OF_RANGE);
        Checks.year(a.getVintageTo(), "authorization.vintageTo", QuarantineReason.VINTAGE_OUT_OF_RANGE);
        if (a.getVintageFrom() != null && a.getVintageTo() != null) {
            require(a.getVintageFrom() <= a.getVintageTo(), QuarantineReason.VINTAGE_OUT_OF_RANGE,
                    "field 'authorization.vintageFrom': " + a.getVintageFrom() + " is after vintageTo " + a.getVintageTo());
        }
        Checks.positive(a.getQuantityCap(), "authorization.quantityCap");
        require(!a.getPurposes().isEmpty(), QuarantineReason.MISSING_FIELD, "field 'authorization.purposes' is empty");
        if (a.getCooperativeApproachId() != null) {
            require(a.getCooperativeApproachId().matches("CA[0-9]{4}"), QuarantineReason.INVALID_VALUE,
                    "field 'authorization.cooperativeApproachId': not CA and 4 digits");
        }
    }

    static void action(Action a) {
        Checks.alpha3(a.getFirstTransferringParty(), "action.firstTransferringParty");
        Checks.alpha3(a.getTransferringParty(), "action.transferringParty");
        Checks.alpha3(a.getAcquiringParty(), "action.acquiringParty");
        Checks.alpha3(a.getUsingParty(), "action.usingParty");
        Checks.year(a.getVintage(), "action.vintage", QuarantineReason.VINTAGE_OUT_OF_RANGE);
        Checks.year(a.getNdcYear(), "action.ndcYear", QuarantineReason.INVALID_VALUE);
        Checks.positive(a.getQuantity(), "action.quantity");
        itmoIds(a.getFirstItmoId(), a.getLastItmoId(), "action");
        units(a.getFirstUnitId(), a.getLastUnitId(), "action");
    }

    static void adjustment(CorrespondingAdjustment c) {
        Checks.alpha3(c.getParty(), "correspondingAdjustment.party");
        Checks.year(c.getBtrYear(), "correspondingAdjustment.btrYear", QuarantineReason.INVALID_VALUE);
        Checks.positive(c.getQuantity(), "correspondingAdjustment.quantity");
        itmoIds(c.getFirstItmoId(), c.getLastItmoId(), "correspondingAdjustment");
    }

    static void pair(ItmoPair p) {
        Checks.positive(p.getQuantity(), "itmoPair.quantity");
        itmoIds(p.getFirstItmoId(), p.getLastItmoId(), "itmoPair");
        units(p.getFirstUnitId(), p.getLastUnitId(), "itmoPair");
    }

    static void withdrawal(ItmoPairWithdrawal w) {
        Checks.positive(w.getQuantity(), "itmoPairWithdrawal.quantity");
        itmoIds(w.getFirstItmoId(), w.getLastItmoId(), "itmoPairWithdrawal");
        units(w.getFirstUnitId(), w.getLastUnitId(), "itmoPairWithdrawal");
    }

    private static void itmoIds(String first, String last, String record) {
        var from = itmoId(first, record + ".firstItmoId");
        var to = itmoId(last, record + ".lastItmoId");
        require(from.sameSeries(to), QuarantineReason.INVALID_RANGE, "fields '" + record
                + ".firstItmoId' and 'lastItmoId' are of different ITMO series");
        require(from.serial().compareTo(to.serial()) <= 0, QuarantineReason.INVALID_RANGE, "ITMO range " + first
                + " .. " + last + " is inverted");
    }

    private static ItmoIdentifier itmoId(String id, String field) {
        try {
            return ItmoIdentifier.parse(id);
        } catch (IllegalArgumentException e) {
            throw new RecordRefused(QuarantineReason.MALFORMED_SERIAL, "field '" + field + "': " + e.getMessage());
        }
    }

    /** Unit ids as serial numbers or full serial strings (docs/domain.md §4); the range runs forward. */
    private static void units(String first, String last, String record) {
        long from = unit(first, record + ".firstUnitId", true);
        long to = unit(last, record + ".lastUnitId", false);
        require(from <= to, QuarantineReason.INVALID_RANGE, "unit range " + from + "-" + to + " of the " + record
                + " is inverted");
    }

    private static long unit(String id, String field, boolean first) {
        String text = id.strip();
        if (!text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            require(text.length() < 19 || text.length() == 19 && text.compareTo("9223372036854775807") <= 0,
                    QuarantineReason.INVALID_QUANTITY, "field '" + field + "': " + text + " does not fit a 64-bit serial");
            return Long.parseLong(text);
        }
        try {
            var serial = Serials.parse(text);
            return first ? serial.range().start() : serial.range().end();
        } catch (SerialFormatException e) {
            throw new RecordRefused(QuarantineReason.MALFORMED_SERIAL, "field '" + field + "': " + e.getMessage());
        }
    }
}
