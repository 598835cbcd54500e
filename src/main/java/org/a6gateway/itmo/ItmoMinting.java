package org.a6gateway.itmo;

import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.units.ItmoPair;
import org.a6gateway.units.SerialRange;

/**
 * Mints the ITMO block for a first-transferred range of a private block, with the serial-embedding
 * scheme of module units, or says why it must be held back. The Party's ITMO registry id is its
 * alpha-3 code and a two-digit number (configurable: a Party may run more than one registry).
 */
public final class ItmoMinting {

    private final String registrySuffix;

    public ItmoMinting(String registrySuffix) {
        if (!registrySuffix.matches("\\d{2}")) {
            throw new IllegalArgumentException("a Party ITMO registry id ends in two digits, not '" + registrySuffix + "'");
        }
        this.registrySuffix = registrySuffix;
    }

    public Minted mint(AuthorizationRecord authorization, BlockRecord block, SerialRange range) {
        return mint(authorization, block, range, 1);
    }

    /** The same with {@code unitsPerItmo} units an ITMO; the range must hold whole ITMOs. */
    public Minted mint(AuthorizationRecord authorization, BlockRecord block, SerialRange range, long unitsPerItmo) {
        if (authorization.cooperativeApproachId() == null) {
            return Minted.heldBack(HeldBackReason.NO_COOPERATIVE_APPROACH, "authorization " + authorization.authorizationId()
                    + " has no cooperative approach id, which every ITMO identifier begins with");
        }
        if (!block.range().contains(range)) {
            return Minted.heldBack(HeldBackReason.UNITS_NOT_HELD, "units " + range + " are not in block " + block.blockId());
        }
        var vintage = block.vintageYearStated();
        if (vintage.isEmpty()) {
            return Minted.heldBack(HeldBackReason.VINTAGE_UNKNOWN, "block " + block.blockId()
                    + " states no vintage year, which every ITMO identifier ends with");
        }
        try {
            return Minted.of(ItmoPair.mint(authorization.cooperativeApproachId(), authorization.party() + registrySuffix,
                    authorization.party(), vintage.get(), block.program(), block.issuanceId(), range, unitsPerItmo));
        } catch (IllegalArgumentException e) {
            return Minted.heldBack(HeldBackReason.OUTSIDE_SERIAL_SCHEME, e.getMessage());
        }
    }

    /** An ITMO pair, or the reason none could be minted. */
    public record Minted(ItmoPair pair, HeldBackReason reason, String heldBackReason) {

        static Minted of(ItmoPair pair) {
            return new Minted(pair, null, null);
        }

        static Minted heldBack(HeldBackReason reason, String detail) {
            return new Minted(null, reason, detail);
        }
    }
}
