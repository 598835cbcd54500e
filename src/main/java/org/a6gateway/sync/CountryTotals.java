package org.a6gateway.sync;

import java.math.BigDecimal;

/** Blocks and t CO2e of one host Party, with its English short name. */
public record CountryTotals(String name, long blocks, BigDecimal credits) {

    CountryTotals plus(long moreBlocks, BigDecimal tonnes) {
        return new CountryTotals(name, blocks + moreBlocks, credits.add(tonnes));
    }
}
