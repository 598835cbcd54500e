package org.a6gateway.reconciliation;

import java.math.BigDecimal;
import org.a6gateway.ledger.Sha256;
import org.a6gateway.units.SerialRange;

/**
 * One disagreement, on one range of serial units of one underlying registry and issuance.
 * {@code subject} names the records involved (block ids, ITMO ids, action or adjustment ids);
 * {@code privateValue} and {@code nationalValue} are what each side (or the gateway's ledger) says.
 * {@code issuance} is null for a registry whose serial numbers are unique across issuances.
 */
public record Discrepancy(DiscrepancyType type, String registry, String issuance, SerialRange units, BigDecimal tonnes,
                          String subject, String privateValue, String nationalValue) {

    public Severity severity() {
        return type.severity();
    }

    /** Text that names a holder account, personal or commercial data some callers must not see. */
    public static final String WITHHELD = "held by (withheld: personal data)";

    /** The same discrepancy with the holder accounts its values name left out (a holder drift's). */
    public Discrepancy withoutPersonalData() {
        return type == DiscrepancyType.HOLDER_DRIFT
                ? new Discrepancy(type, registry, issuance, units, tonnes, subject, WITHHELD, WITHHELD) : this;
    }

    public long quantity() {
        return units.quantity();
    }

    /**
     * Names the same disagreement from one run to the next, whatever the values say today: the
     * run-to-run comparison calls a discrepancy persisting when its key comes back.
     */
    public String key() {
        return Sha256.hex(String.join("|", type.name(), registry, String.valueOf(issuance), units.toString(), subject))
                .substring(0, 16);
    }

    /** The same finding on a longer range: adjacent segments of one disagreement become one row. */
    Discrepancy extendedTo(SerialRange longer, BigDecimal moreTonnes) {
        return new Discrepancy(type, registry, issuance, longer, tonnes.add(moreTonnes), subject, privateValue, nationalValue);
    }
}
