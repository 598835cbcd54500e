package org.a6gateway.blocks;

import java.time.LocalDate;
import java.util.Optional;
import org.a6gateway.units.Vintage;

/**
 * Where and when credits come from: the program, project and host country, and the vintage. All an
 * authorization's coverage asks of a block, so a group of blocks sharing them is matched once.
 */
public interface Provenance {

    String program();

    String projectId();

    String hostCountry();

    /** Null when the registry gives no vintage year (its dates may still say it). */
    Integer vintageYear();

    /** Null when the registry gives the vintage year only. */
    LocalDate vintageStart();

    /** Null when the registry gives the vintage year only. */
    LocalDate vintageEnd();

    /**
     * The period the credits' mitigation happened in, from what the block carries: its vintage dates
     * when given, else the whole of its vintage year; empty when neither says it (a missing field
     * never widens what an authorization covers).
     */
    default Optional<Vintage> vintagePeriod() {
        var year = vintageYear();
        var start = vintageStart() != null ? vintageStart() : year == null ? null : LocalDate.of(year, 1, 1);
        var end = vintageEnd() != null ? vintageEnd() : year == null ? null : LocalDate.of(year, 12, 31);
        return start == null || end == null || end.isBefore(start) ? Optional.empty() : Optional.of(new Vintage(start, end));
    }

    /** The vintage year: as given, else the year of vintage dates that lie within one year; empty when neither says one. */
    default Optional<Integer> vintageYearStated() {
        if (vintageYear() != null) {
            return Optional.of(vintageYear());
        }
        return vintagePeriod().filter(p -> p.start().getYear() == p.end().getYear()).map(p -> p.start().getYear());
    }
}
