package org.a6gateway.units;

import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How an ITMO serial embeds the private serial (see docs/serials.md): one digit for the
 * underlying registry, the issuance number in ten digits, the unit serial in twelve:
 * <pre>itmoSerial = registryDigit·10^22 + issuance·10^12 + unitSerial</pre>
 * The ITMO serial is the unit serial plus an offset fixed by (registry, issuance), so it is
 * unique across registries and issuances, reads back to the exact unit, and a block split at
 * any unit on either side maps to the same split on the other.
 */
public final class ItmoSerials {

    private static final Pattern ISSUANCE_NUMBER = Pattern.compile("\\d{1,10}");

    static final Map<String, Integer> REGISTRY_DIGITS = Map.of("VCS", 1, "GS", 2, "CDM", 3, "CAR", 4, "ACR", 5,
            "Puro.earth", 6, "KVS", 7, "UNDP", 8);
    static final BigInteger UNIT_SPAN = BigInteger.TEN.pow(12);
    static final BigInteger ISSUANCE_SPAN = BigInteger.TEN.pow(10);

    private ItmoSerials() {
    }

    /** The ITMO serial of one unit. The issuance must be numeric (registries that use ids, like Puro, supply their issuance index). */
    public static BigInteger itmoSerial(String registry, String issuance, long unitSerial) {
        return offset(registry, issuance).add(BigInteger.valueOf(unitSerial));
    }

    static BigInteger offset(String registry, String issuance) {
        Integer digit = REGISTRY_DIGITS.get(registry);
        if (digit == null) {
            throw new IllegalArgumentException("no ITMO serial scheme for underlying registry '" + registry + "'");
        }
        if (issuance == null || !ISSUANCE_NUMBER.matcher(issuance).matches()) {
            throw new IllegalArgumentException("issuance '" + issuance + "' is not a number of up to ten digits; "
                    + "supply the registry's numeric issuance index");
        }
        return BigInteger.valueOf(digit).multiply(ISSUANCE_SPAN).add(new BigInteger(issuance)).multiply(UNIT_SPAN);
    }

    /** The unit serial inside an ITMO serial made by {@link #itmoSerial}. */
    public static long unitSerial(BigInteger itmoSerial) {
        return itmoSerial.mod(UNIT_SPAN).longValueExact();
    }

    /**
     * The underlying unit an ITMO serial made by {@link #itmoSerial} stands for: registry, issuance
     * (as a number, without leading zeros) and unit serial. Empty for a serial of another scheme.
     */
    public static Optional<UnderlyingUnit> underlyingUnit(BigInteger itmoSerial) {
        var registryAndIssuance = itmoSerial.divide(UNIT_SPAN);
        var digit = registryAndIssuance.divide(ISSUANCE_SPAN);
        if (itmoSerial.signum() <= 0 || digit.compareTo(BigInteger.TEN) >= 0) {
            return Optional.empty();
        }
        return REGISTRY_DIGITS.entrySet().stream().filter(e -> e.getValue() == digit.intValue()).findFirst()
                .map(e -> new UnderlyingUnit(e.getKey(), registryAndIssuance.mod(ISSUANCE_SPAN).toString(),
                        unitSerial(itmoSerial)));
    }

    /** One unit of an underlying registry, as an ITMO serial embeds it. */
    public record UnderlyingUnit(String registry, String issuance, long serial) {
    }

    static void requireUnitSerial(long unitSerial) {
        if (unitSerial >= UNIT_SPAN.longValue()) {
            throw new IllegalArgumentException("unit serial " + unitSerial + " has more than twelve digits");
        }
    }
}
