package org.a6gateway.units;

import java.math.BigDecimal;

/**
 * t CO2e per serial unit, exact. Most credits are one tonne a unit; micro-credit programmes count
 * in kilograms (0.001 t a unit). ITMOs are counted in t CO2e, so every quantity that crosses to
 * the national side goes through here, never through floating point.
 */
public record UnitSize(BigDecimal tonnesPerUnit) {

    public static final UnitSize ONE_TONNE = new UnitSize(BigDecimal.ONE);
    public static final UnitSize ONE_KILOGRAM = new UnitSize(new BigDecimal("0.001"));

    public UnitSize {
        if (tonnesPerUnit == null || tonnesPerUnit.signum() <= 0) {
            throw new IllegalArgumentException("a unit size is a positive number of t CO2e, not " + tonnesPerUnit);
        }
        tonnesPerUnit = plain(tonnesPerUnit);
    }

    public static UnitSize of(String tonnesPerUnit) {
        return new UnitSize(new BigDecimal(tonnesPerUnit));
    }

    public BigDecimal tonnes(long units) {
        return plain(tonnesPerUnit.multiply(BigDecimal.valueOf(units)));
    }

    public BigDecimal tonnes(SerialRange range) {
        return tonnes(range.quantity());
    }

    private static BigDecimal plain(BigDecimal value) {
        var stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    @Override
    public String toString() {
        return tonnesPerUnit.toPlainString();
    }
}
