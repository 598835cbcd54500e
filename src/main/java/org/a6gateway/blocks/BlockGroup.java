package org.a6gateway.blocks;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Stored blocks sharing their provenance and unit size, counted and summed by the database. */
public record BlockGroup(String sourceRegistry, String program, String projectId, String hostCountry, Integer vintageYear, LocalDate vintageStart,
                         LocalDate vintageEnd, BigDecimal unitSize, long blocks, long units) implements Provenance {

    /** Exact t CO2e, as the sum of each block's {@link BlockRecord#tonnes()}. */
    public BigDecimal tonnes() {
        return unitSize.multiply(BigDecimal.valueOf(units));
    }
}
