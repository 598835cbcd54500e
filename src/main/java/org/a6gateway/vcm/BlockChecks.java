package org.a6gateway.vcm;

import static org.a6gateway.quarantine.Checks.require;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.a6gateway.quarantine.Checks;
import org.a6gateway.quarantine.QuarantineReason;
import org.a6gateway.quarantine.RecordRefused;
import org.a6gateway.units.ItmoIdentifier;
import org.a6gateway.units.SerialFormatException;
import org.a6gateway.units.Serials;
import org.a6gateway.vcm.client.model.CreditBlock;

/**
 * What a published block must hold beyond its JSON types (RecordShape checked those): a serial the
 * gateway can read, an inclusive range of at least one unit whose count is the published quantity
 * (docs/domain.md §3), a known host Party, vintages within 1990–2100 and a positive exact unit size.
 * Two blocks that overlap are not refused here: that is a double issuance the reconciliation
 * reports (OVERLAPPING_SERIALS), and it needs both blocks stored to say so.
 */
final class BlockChecks {

    /** Compiled once: compiled per block, the check allocated more than the block it checks. */
    private static final Pattern EXACT_DECIMAL = Pattern.compile("[0-9]{1,10}(\\.[0-9]{1,9})?");

    private BlockChecks() {
    }

    static void check(CreditBlock b) {
        serial(b.getSerial());
        range(b.getBlockStart(), b.getBlockEnd(), b.getQuantity());
        Checks.alpha2(b.getHostCountry(), "hostCountry");
        vintages(b);
        unitSize(b.getUnitSize());
        require(b.getVersion() >= 0, QuarantineReason.INVALID_VALUE, "field 'version': " + b.getVersion() + " is negative");
        if (b.getItmoReference() != null) {
            itmoId(b.getItmoReference().getFirstItmoId(), "itmoReference.firstItmoId");
            itmoId(b.getItmoReference().getLastItmoId(), "itmoReference.lastItmoId");
        }
    }

    private static void serial(String serial) {
        try {
            Serials.parse(serial);
        } catch (SerialFormatException e) {
            throw new RecordRefused(QuarantineReason.MALFORMED_SERIAL, "field 'serial': " + e.getMessage());
        }
    }

    /** The most common bug in peer systems is an off-by-one count: refuse a block that has one. */
    private static void range(long start, long end, long quantity) {
        require(start >= 0, QuarantineReason.INVALID_RANGE, "field 'blockStart': " + start + " is negative");
        require(end >= start, QuarantineReason.INVALID_RANGE, end == start - 1
                ? "range " + start + "-" + end + " is zero-length (blockEnd is blockStart - 1; the range is inclusive)"
                : "range " + start + "-" + end + " is inverted (blockEnd before blockStart)");
        Checks.positive(quantity, "quantity");
        long units;
        try {
            units = Math.addExact(end - start, 1);
        } catch (ArithmeticException e) {
            throw new RecordRefused(QuarantineReason.INVALID_QUANTITY, "range " + start + "-" + end
                    + " holds more units than a 64-bit count");
        }
        require(quantity == units, QuarantineReason.INVALID_QUANTITY, "field 'quantity': " + quantity
                + " but range " + start + "-" + end + " holds " + units + " (blockEnd - blockStart + 1)");
    }

    private static void vintages(CreditBlock b) {
        Checks.year(b.getVintageYear(), "vintageYear", QuarantineReason.VINTAGE_OUT_OF_RANGE);
        Checks.year(year(b.getVintageStart()), "vintageStart", QuarantineReason.VINTAGE_OUT_OF_RANGE);
        Checks.year(year(b.getVintageEnd()), "vintageEnd", QuarantineReason.VINTAGE_OUT_OF_RANGE);
        if (b.getVintageStart() != null && b.getVintageEnd() != null) {
            require(!b.getVintageStart().isAfter(b.getVintageEnd()), QuarantineReason.VINTAGE_OUT_OF_RANGE,
                    "field 'vintageStart': " + b.getVintageStart() + " is after vintageEnd " + b.getVintageEnd());
        }
    }

    private static Integer year(LocalDate date) {
        return date == null ? null : date.getYear();
    }

    /** An exact decimal the store keeps as NUMERIC(19, 9): positive, at most 9 decimals and 10 integer digits. */
    private static void unitSize(String text) {
        require(EXACT_DECIMAL.matcher(text).matches(), QuarantineReason.INVALID_VALUE, "field 'unitSize': '"
                + text + "' is not an exact decimal of at most 10 digits and 9 decimals");
        require(new BigDecimal(text).signum() > 0, QuarantineReason.INVALID_QUANTITY, "field 'unitSize': " + text
                + " t CO2e per unit is not positive");
    }

    private static void itmoId(String id, String field) {
        try {
            ItmoIdentifier.parse(id);
        } catch (IllegalArgumentException e) {
            throw new RecordRefused(QuarantineReason.MALFORMED_SERIAL, "field '" + field + "': " + e.getMessage());
        }
    }
}
