package org.a6gateway.units;

import java.util.HashMap;
import java.util.Map;

/** Verra's serials in their three generations; block numbers pass a billion, hence {@code long}. */
final class VerraSerials {

    private VerraSerials() {
    }

    static Serial current(String original) {
        var f = Span.of(original).fields("Verra", "-");
        if (f.count() != 13) {
            throw f.countError("13");
        }
        f.literal(3, "program", "VCS");
        f.literal(4, "unit type", "VCU");
        f.literal(6, "registry", "VER");
        return read(original, SerialFormat.VERRA, f, 5, 7, 8, 9);
    }

    static Serial legacy(String original) {
        var f = Span.of(original).fields("Verra legacy", "-");
        if (f.count() != 12) {
            throw f.countError("12");
        }
        f.literal(3, "unit type", "VCU");
        f.literal(5, "registry", "MER", "APX", "VER");
        return read(original, SerialFormat.VERRA_LEGACY, f, 4, 6, 7, 8);
    }

    static Serial newPlatform(String original) {
        var f = Span.of(original).fields("Verra 2026", "-");
        if (f.count() != 12) {
            throw f.countError("12");
        }
        f.literal(3, "program", "VCS");
        f.literal(4, "unit type", "VCU");
        f.literal(6, "registry", "VER");
        return read(original, SerialFormat.VERRA_2026, f, 5, 7, -1, 8);
    }

    /** Reads the fields common to every generation; {@code scope} is -1 where the form has none. */
    private static Serial read(String original, SerialFormat format, FieldReader f, int code, int country,
                               int scope, int project) {
        long batch = f.digits(0, "issuance batch");
        long start = f.digits(1, "block start");
        long end = f.digits(2, "block end");
        if (end < start) {
            throw f.error(2, "block end", 0, "block end " + end + " is before block start " + start);
        }
        var from = f.date(project + 1, "vintage start");
        var to = f.date(project + 2, "vintage end");
        if (to.isBefore(from)) {
            throw f.error(project + 2, "vintage end", 0, "vintage ends before it starts");
        }
        f.literal(project + 3, "additional certification flag", "0", "1");
        Map<String, String> details = new HashMap<>();
        details.put("code", f.text(code, "code"));
        details.put("registryCode", f.raw(format == SerialFormat.VERRA_LEGACY ? 5 : 6));
        details.put("additionalCertification", f.raw(project + 3));
        if (scope >= 0) {
            details.put("sectoralScope", Long.toString(f.digits(scope, "sectoral scope")));
        }
        return new Serial(original, format, "VCS", "VCU", Long.toString(f.digits(project, "project")),
                f.alpha2(country, "host country"), new Vintage(from, to), Long.toString(batch),
                new SerialRange(start, end), UnitSize.ONE_TONNE, details);
    }
}
