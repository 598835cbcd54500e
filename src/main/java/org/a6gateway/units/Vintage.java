package org.a6gateway.units;

import java.time.LocalDate;

/**
 * When the mitigation happened: a calendar year, or a monitoring period with exact dates (Verra
 * serials carry the period). {@link #year()} is the vintage year registries report.
 */
public record Vintage(LocalDate start, LocalDate end) {

    public Vintage {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("vintage " + start + " to " + end + " ends before it starts");
        }
    }

    public static Vintage ofYear(int year) {
        return new Vintage(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public int year() {
        return start.getYear();
    }

    public boolean isCalendarYear() {
        return start.equals(LocalDate.of(year(), 1, 1)) && end.equals(LocalDate.of(year(), 12, 31));
    }

    /** "2021" for a calendar year, otherwise the period "2020-01-01/2020-11-19". */
    @Override
    public String toString() {
        return isCalendarYear() ? Integer.toString(year()) : start + "/" + end;
    }
}
