package org.a6gateway.api;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The figures of a BTR order (ITMOs used and inventory, per year) as the contract writes them:
 * years of four ASCII digits, tonnes as plain decimals of ASCII digits (at most 15 before the
 * point and 6 after), never an exponent, a sign the field does not take, or another script's
 * digits. {@code new BigDecimal} alone takes "1e999" (a thousand-digit figure in the report) and
 * Arabic-Indic digits.
 */
final class ReportFigures {

    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final Pattern TONNES = Pattern.compile("[0-9]{1,15}(\\.[0-9]{1,6})?");
    private static final Pattern SIGNED_TONNES = Pattern.compile("-?[0-9]{1,15}(\\.[0-9]{1,6})?");

    private ReportFigures() {
    }

    /** ITMOs used towards the NDC: never negative. */
    static TreeMap<Integer, BigDecimal> used(Map<String, String> byYear) {
        return read(byYear, "used", TONNES, "no sign");
    }

    /** Inventory emissions net of removals: negative for a Party whose removals exceed its emissions. */
    static TreeMap<Integer, BigDecimal> inventory(Map<String, String> byYear) {
        return read(byYear, "inventory", SIGNED_TONNES, "a minus sign for net removals");
    }

    /** "2021-2030" (the contract's pattern holds) as its first and last year. */
    static int[] years(String span) {
        var parts = span.split("-");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    }

    private static TreeMap<Integer, BigDecimal> read(Map<String, String> byYear, String field, Pattern tonnes, String sign) {
        var result = new TreeMap<Integer, BigDecimal>();
        byYear.forEach((year, value) -> {
            if (!YEAR.matcher(year).matches()) {
                throw new IllegalArgumentException(field + ": '" + abbreviate(year) + "' is not a year (four digits 0-9)");
            }
            if (value == null || !tonnes.matcher(value).matches()) {
                throw new IllegalArgumentException(field + " " + year + ": '" + abbreviate(String.valueOf(value))
                        + "' is not t CO2e as the contract writes it (digits 0-9, at most 15 before the point and 6 after, "
                        + sign + ")");
            }
            result.put(Integer.parseInt(year), new BigDecimal(value));
        });
        return result;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
