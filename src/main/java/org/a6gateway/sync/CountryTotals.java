package org.a6gateway.sync;

import java.math.BigDecimal;

/** Blocks and t CO2e of one host Party. */
public record CountryTotals(long blocks, BigDecimal credits) {

    static final CountryTotals NONE = new CountryTotals(0, BigDecimal.ZERO);

    CountryTotals plus(BigDecimal tonnes) {
        return new CountryTotals(blocks + 1, credits.add(tonnes));
    }
}
