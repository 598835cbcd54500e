package org.a6gateway.units;

import java.util.Map;

/**
 * The smaller formats: Climate Action Reserve, ACR, Puro.earth and the UNDP national registry.
 * Field readings marked unconfirmed in docs/domain.md §3 are kept by name in the serial's details.
 */
final class OtherSerials {

    private OtherSerials() {
    }

    static Serial car(String original) {
        var span = Span.of(original);
        int to = original.indexOf(" to ", span.from());
        if (to < 0 || to >= span.to()) {
            throw new SerialFormatException("Climate Action Reserve", "range", span.from(), "expected '… to <last>'");
        }
        var f = new FieldReader("Climate Action Reserve", original, span.from(), to, "-");
        if (f.count() != 10) {
            throw f.countError("10");
        }
        f.literal(0, "registry", "CAR");
        long end = new FieldReader("Climate Action Reserve", original, to + 4, span.to(), "-").digits(0, "block end");
        return new Serial(original, SerialFormat.CAR, "CAR", f.text(1, "unit type"), Long.toString(f.digits(3, "project")),
                f.alpha2(2, "host country"), Vintage.ofYear(f.year(7, "vintage")), Long.toString(f.digits(8, "batch")),
                range(f, 9, f.digits(9, "block start"), end), UnitSize.ONE_TONNE,
                Map.of("projectType", f.text(4, "project type"), "developer", f.text(5, "developer"),
                        "state", f.text(6, "state")));
    }

    static Serial acr(String original) {
        var f = Span.of(original).fields("ACR", "-");
        if (f.count() != 7) {
            throw f.countError("7");
        }
        f.literal(0, "registry", "ACR");
        return new Serial(original, SerialFormat.ACR, "ACR", "ERT", Long.toString(f.digits(2, "project")),
                f.alpha2(1, "host country"), Vintage.ofYear(f.year(3, "vintage")), Long.toString(f.digits(4, "batch")),
                range(f, 6, f.digits(5, "block start"), f.digits(6, "block end")), UnitSize.ONE_TONNE, Map.of());
    }

    /** Puro's ranges restart at 1 in every issuance: a block is unique only with its issuance id. */
    static Serial puro(String original) {
        var span = Span.of(original);
        var f = span.fields("Puro.earth", "_");
        if (f.count() != 8) {
            throw f.countError("8");
        }
        f.literal(0, "registry", "PURO");
        var range = new FieldReader("Puro.earth", original, f.start(7), f.start(7) + f.raw(7).length(), "-");
        if (range.count() != 2) {
            throw f.error(7, "range", 0, "expected start-end, found '" + f.raw(7) + "'");
        }
        return new Serial(original, SerialFormat.PURO, "Puro.earth", f.text(2, "method"), f.text(4, "project"),
                f.alpha2(3, "host country"), Vintage.ofYear(f.year(5, "vintage")), f.text(6, "issuance"),
                range(range, 1, range.digits(0, "block start"), range.digits(1, "block end")), UnitSize.ONE_TONNE,
                Map.of("product", f.text(1, "product")));
    }

    static Serial undp(String original) {
        var f = Span.of(original).fields("UNDP national registry", "-");
        if (f.count() != 7) {
            throw f.countError("7");
        }
        String approach = f.text(0, "cooperative approach");
        if (!approach.matches("CA\\d{4}")) {
            throw f.error(0, "cooperative approach", 0, "expected CA and four digits, found '" + approach + "'");
        }
        return new Serial(original, SerialFormat.UNDP, "UNDP", "ITMO", Long.toString(f.digits(3, "project")),
                f.alpha2(1, "host country"), Vintage.ofYear(f.year(6, "vintage")), approach,
                range(f, 5, f.digits(4, "block start"), f.digits(5, "block end")), UnitSize.ONE_TONNE,
                Map.of("cooperativeApproach", approach, "firstTransferringParty", f.alpha2(2, "first transferring party")));
    }

    static SerialRange range(FieldReader f, int endField, long start, long end) {
        if (end < start) {
            throw f.error(endField, "block end", 0, "block end " + end + " is before block start " + start);
        }
        return new SerialRange(start, end);
    }
}
