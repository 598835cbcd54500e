package org.a6gateway.units;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * An ITMO unique identifier (decision 6/CMA.4, annex I, para 5): cooperative approach, the
 * originating Party's ITMO registry, the first transferring Party, a serial and the vintage,
 * e.g. {@code CA0004-VUT01-VUT-1001-2024}. Parsing accepts the thousands-separated serials the
 * UNFCCC checker allows; {@link #toString()} writes plain digits.
 */
public record ItmoIdentifier(String cooperativeApproach, String registryId, String party, BigInteger serial,
                             int vintage) {

    /** The public AEF checker's regular expression for the whole identifier. */
    public static final Pattern CHECKER =
            Pattern.compile("CA\\d{4}-[A-Z]{3}\\d{2}-[A-Z]{3}-[1-9]\\d{0,2}((\\d*)|(,\\d{3})*)-\\d{4}");

    // Compiled once: String.matches compiles its pattern on every call, and an AEF of 100,000
    // actions makes identifiers half a million times.
    private static final Pattern APPROACH = Pattern.compile("CA\\d{4}");
    private static final Pattern REGISTRY = Pattern.compile("[A-Z]{3}\\d{2}");
    private static final Pattern PARTY = Pattern.compile("[A-Z]{3}");

    public ItmoIdentifier {
        require(cooperativeApproach != null && APPROACH.matcher(cooperativeApproach).matches(), "cooperative approach", cooperativeApproach);
        require(registryId != null && REGISTRY.matcher(registryId).matches(), "Party ITMO registry id", registryId);
        require(party != null && PARTY.matcher(party).matches(), "first transferring Party", party);
        require(serial != null && serial.signum() > 0, "serial", serial);
        require(vintage >= 1000 && vintage <= 9999, "vintage", vintage);
    }

    public static ItmoIdentifier parse(String text) {
        if (text == null || !CHECKER.matcher(text).matches()) {
            throw new IllegalArgumentException("not an ITMO identifier (CA0000-AAA00-AAA-serial-YYYY): '" + text + "'");
        }
        String[] f = text.split("-");
        return new ItmoIdentifier(f[0], f[1], f[2], new BigInteger(f[3].replace(",", "")), Integer.parseInt(f[4]));
    }

    /** The identifier {@code units} serials further on. */
    public ItmoIdentifier plus(long units) {
        return new ItmoIdentifier(cooperativeApproach, registryId, party, serial.add(BigInteger.valueOf(units)), vintage);
    }

    /** Same approach, registry, Party and vintage: the identifiers can bound one ITMO block. */
    public boolean sameSeries(ItmoIdentifier other) {
        return cooperativeApproach.equals(other.cooperativeApproach) && registryId.equals(other.registryId)
                && party.equals(other.party) && vintage == other.vintage;
    }

    @Override
    public String toString() {
        return cooperativeApproach + "-" + registryId + "-" + party + "-" + serial + "-" + vintage;
    }

    private static void require(boolean valid, String field, Object value) {
        if (!valid) {
            throw new IllegalArgumentException("ITMO identifier: invalid " + field + " '" + value + "'");
        }
    }
}
