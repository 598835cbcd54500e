package org.a6gateway.units;

import java.util.Map;

/**
 * The gateway's format for Korean voluntary programmes (documented in docs/serials.md):
 * {@code KVS-<unit type>-<CC>-<project>-<vintage>-<issuance>-<start>-<end>}. Certificates of
 * reduction activities ({@code CRA}) count one tonne a serial; mini carbon credits ({@code MCC})
 * count one kilogram a serial, so their t CO2e is exact thousandths.
 */
final class KoreanSerials {

    private static final Map<String, UnitSize> UNIT_SIZES = Map.of("CRA", UnitSize.ONE_TONNE, "MCC", UnitSize.ONE_KILOGRAM);

    private KoreanSerials() {
    }

    static Serial parse(String original) {
        var f = Span.of(original).fields("Korean voluntary", "-");
        if (f.count() != 8) {
            throw f.countError("8");
        }
        f.literal(0, "program", "KVS");
        f.literal(1, "unit type", "CRA", "MCC");
        return new Serial(original, SerialFormat.KOREAN, "KVS", f.raw(1), f.text(3, "project"),
                f.alpha2(2, "host country"), Vintage.ofYear(f.year(4, "vintage")), Long.toString(f.digits(5, "issuance")),
                OtherSerials.range(f, 7, f.digits(6, "block start"), f.digits(7, "block end")),
                UNIT_SIZES.get(f.raw(1)), Map.of());
    }
}
