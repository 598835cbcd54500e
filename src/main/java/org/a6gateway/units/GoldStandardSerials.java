package org.a6gateway.units;

import java.util.Map;

/** Gold Standard: GS1-1-CC-GS7495-16-2025-30645-608-30350; numbers restart at 1 in each issuance. */
final class GoldStandardSerials {

    private GoldStandardSerials() {
    }

    static Serial parse(String original) {
        var f = Span.of(original).fields("Gold Standard", "-");
        if (f.count() != 9) {
            throw f.countError("9");
        }
        f.literal(0, "registry", "GS1");
        f.literal(1, "unit class", "1");
        String country = f.alpha2(2, "host country");
        String project = f.text(3, "project");
        if (!project.startsWith("GS")) {
            throw f.error(3, "project", 0, "expected 'GS' and the project number, found '" + project + "'");
        }
        var projectNumber = new FieldReader("Gold Standard", original, f.start(3) + 2, f.start(3) + project.length(), "-")
                .digits(0, "project");
        long sequence = f.digits(4, "sequence code");
        int vintage = f.year(5, "vintage");
        long issuance = f.digits(6, "issuance");
        long start = f.digits(7, "block start");
        long end = f.digits(8, "block end");
        if (end < start) {
            throw f.error(8, "block end", 0, "block end " + end + " is before block start " + start);
        }
        return new Serial(original, SerialFormat.GOLD_STANDARD, "GS", "VER", Long.toString(projectNumber), country,
                Vintage.ofYear(vintage), Long.toString(issuance), new SerialRange(start, end), UnitSize.ONE_TONNE,
                Map.of("sequenceCode", Long.toString(sequence)));
    }
}
