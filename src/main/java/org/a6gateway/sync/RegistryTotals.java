package org.a6gateway.sync;

import java.math.BigDecimal;

/** Blocks and t CO2e one private registry holds. */
public record RegistryTotals(long blocks, BigDecimal credits) {

    RegistryTotals plus(RegistryTotals other) {
        return new RegistryTotals(blocks + other.blocks, credits.add(other.credits));
    }
}
