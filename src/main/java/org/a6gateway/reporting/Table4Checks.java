package org.a6gateway.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.a6gateway.reporting.PreSubmissionCheck.Failure;
import org.a6gateway.units.SerialFormatException;
import org.a6gateway.units.Serials;

/**
 * The checks a Table 4 must pass before a government officer signs it: identifiers well formed,
 * each figure's units as many as their serial range says, the units of an authorization within
 * its cap, and every figure tied to the units behind it and to the other rows as Table 4 defines
 * them. Pure: it reads the table it is given.
 */
public final class Table4Checks {

    /** docs/domain.md §5: letters, digits, space and hyphen; some Parties add '/' and '.'. */
    private static final Pattern AUTHORIZATION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ./-]*");

    private Table4Checks() {
    }

    public static List<PreSubmissionCheck> run(Table4 table, List<ReportedUnits> units) {
        return List.of(identifiers(units), quantities(units), caps(units), totals(table));
    }

    static PreSubmissionCheck identifiers(List<ReportedUnits> units) {
        var failures = new ArrayList<Failure>();
        for (ReportedUnits u : units) {
            if (!AUTHORIZATION_ID.matcher(u.authorizationId()).matches()) {
                failures.add(new Failure(where(u), "authorization id '" + u.authorizationId() + "' is not letters, digits, space, hyphen, '/' or '.'"));
            }
            try {
                var serial = Serials.parse(u.serial());
                if (!serial.registry().equals(u.program()) || !serial.range().contains(u.units())) {
                    failures.add(new Failure(where(u), "serial " + u.serial().strip() + " names " + serial.registry() + " units "
                            + serial.range() + ", not " + u.program() + " " + u.units()));
                }
            } catch (SerialFormatException e) {
                failures.add(new Failure(where(u), e.getMessage()));
            }
        }
        return new PreSubmissionCheck("IDENTIFIERS_WELL_FORMED",
                "every serial parses and names the units reported; every authorization id is well formed", failures);
    }

    static PreSubmissionCheck quantities(List<ReportedUnits> units) {
        var failures = new ArrayList<Failure>();
        for (ReportedUnits u : units) {
            try {
                var perUnit = Serials.parse(u.serial()).unitSize().tonnesPerUnit();
                var expected = perUnit.multiply(BigDecimal.valueOf(u.units().quantity()));
                if (expected.compareTo(u.tonnes()) != 0) {
                    failures.add(new Failure(where(u), u.tonnes().toPlainString() + " t reported, (last − first + 1) × unit size = "
                            + expected.stripTrailingZeros().toPlainString() + " t"));
                }
            } catch (SerialFormatException e) {
                // Reported under IDENTIFIERS_WELL_FORMED.
            }
        }
        return new PreSubmissionCheck("QUANTITY_IS_LAST_MINUS_FIRST_PLUS_ONE", "tonnes = (last unit − first unit + 1) × unit size", failures);
    }

    static PreSubmissionCheck caps(List<ReportedUnits> units) {
        Map<String, BigDecimal> byAuthorization = new LinkedHashMap<>();
        Map<String, Long> capOf = new LinkedHashMap<>();
        for (ReportedUnits u : units) {
            byAuthorization.merge(u.authorizationId(), u.tonnes(), BigDecimal::add);
            if (u.authorizedCap() != null) {
                capOf.put(u.authorizationId(), u.authorizedCap());
            }
        }
        var failures = new ArrayList<Failure>();
        capOf.forEach((id, cap) -> {
            var total = byAuthorization.get(id);
            if (total.compareTo(BigDecimal.valueOf(cap)) > 0) {
                failures.add(new Failure("authorization " + id, total.stripTrailingZeros().toPlainString() + " t reported, cap " + cap + " t"));
            }
        });
        return new PreSubmissionCheck("WITHIN_AUTHORIZED_CAP", "the units reported under an authorization stay within its cap", failures);
    }

    /** Rows 5, 6 and 10 are the sums of their units; 8 = 5 + 6 − 7; 11 runs 8 on; 12 = inventory − 10. */
    static PreSubmissionCheck totals(Table4 table) {
        var e = table.elections();
        var failures = new ArrayList<Failure>();
        BigDecimal cumulative = BigDecimal.ZERO;
        for (int y = e.firstYear(); y <= e.lastYear(); y++) {
            var used = e.used().getOrDefault(y, BigDecimal.ZERO);
            tie(failures, table, 5, y, sum(table, 5, y));
            tie(failures, table, 6, y, sum(table, 6, y));
            if (!e.averaging()) {
                tie(failures, table, 10, y, sum(table, 10, y).subtract(used));
            }
            var net = number(table, 5, y).add(number(table, 6, y)).subtract(used);
            tie(failures, table, 8, y, net);
            cumulative = cumulative.add(number(table, 8, y));
            tie(failures, table, 11, y, cumulative);
            var balance = table.cell(12, y);
            if (balance.isNumber()) {
                tie(failures, table, 12, y, e.inventory().getOrDefault(y, BigDecimal.ZERO).subtract(number(table, 10, y)));
            }
        }
        return new PreSubmissionCheck("TOTALS_TIE_TO_BLOCKS",
                "rows 5, 6 and 10 are the sums of the units behind them; 8 = 5 + 6 − 7; 11 is the running sum of 8; 12 = 3 − 10", failures);
    }

    private static void tie(List<Failure> failures, Table4 table, int row, int year, BigDecimal expected) {
        var cell = table.cell(row, year);
        if (!cell.isNumber() || cell.number().compareTo(expected) != 0) {
            failures.add(new Failure("row " + row + ", " + year, "shows " + (cell.toString().isEmpty() ? "blank" : cell)
                    + ", expected " + expected.stripTrailingZeros().toPlainString()));
        }
    }

    private static BigDecimal sum(Table4 table, int row, int year) {
        return table.audit().get(row).getOrDefault(year, List.of()).stream().map(ReportedUnits::tonnes).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal number(Table4 table, int row, int year) {
        var cell = table.cell(row, year);
        return cell.isNumber() ? cell.number() : BigDecimal.ZERO;
    }

    private static String where(ReportedUnits u) {
        return u.program() + " " + u.issuanceId() + " units " + u.units();
    }
}
