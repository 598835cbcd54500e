package org.a6gateway.sync;

import java.math.BigDecimal;

/** Blocks and t CO2e of one host Party, with its English short name. */
public record CountryTotals(String name, long blocks, BigDecimal credits) {

    CountryTotals plus(BigDecimal tonnes) {
        return new CountryTotals(name, blocks + 1, credits.add(tonnes));
    }
}
