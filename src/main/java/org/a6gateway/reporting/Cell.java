package org.a6gateway.reporting;

import java.math.BigDecimal;

/** One figure of Table 4: a number in t CO2e, "N/A" where the row does not apply, or blank. */
public record Cell(BigDecimal number, String text) {

    public static final Cell NOT_APPLICABLE = new Cell(null, "N/A");
    public static final Cell BLANK = new Cell(null, null);

    public static Cell of(BigDecimal number) {
        var plain = number.stripTrailingZeros();
        return new Cell(plain.scale() < 0 ? plain.setScale(0) : plain, null);
    }

    public boolean isNumber() {
        return number != null;
    }

    public boolean isBlank() {
        return number == null && text == null;
    }

    @Override
    public String toString() {
        return isNumber() ? number.toPlainString() : text == null ? "" : text;
    }
}
