package org.a6gateway.units;

import java.util.Map;

/**
 * CDM units as the Gold Standard export writes a block: first and last unit id joined by
 * {@code " - "}, each id party-unitType-serial-originalPeriod-applicablePeriod-lulucf-project.
 * The two ids must agree on everything but the serial. The ids carry no vintage.
 */
final class CdmSerials {

    private static final String JOIN = " - ";
    private static final String[] NAMES = {"host country", "unit type", "serial", "original commitment period",
        "applicable commitment period", "LULUCF activity", "project"};

    private CdmSerials() {
    }

    static Serial parse(String original) {
        var span = Span.of(original);
        int join = original.indexOf(JOIN, span.from());
        if (join < 0 || join >= span.to()) {
            throw new SerialFormatException("CDM", "range", span.from(), "expected 'first unit id - last unit id'");
        }
        var first = unitId(original, span.from(), join);
        var last = unitId(original, join + JOIN.length(), span.to());
        for (int i = 0; i < NAMES.length; i++) {
            if (i != 2 && !first.raw(i).equals(last.raw(i))) {
                throw last.error(i, NAMES[i], 0, "differs from the first unit id's '" + first.raw(i) + "'");
            }
        }
        long start = first.digits(2, "serial");
        long end = last.digits(2, "serial");
        if (end < start) {
            throw last.error(2, "serial", 0, "last unit " + end + " is before first unit " + start);
        }
        String project = Long.toString(first.digits(6, "project"));
        return new Serial(original, SerialFormat.CDM, "CDM", first.raw(1), project, first.raw(0), null, project,
                new SerialRange(start, end), UnitSize.ONE_TONNE,
                Map.of("originalCommitmentPeriod", first.raw(3), "applicableCommitmentPeriod", first.raw(4),
                        "lulucfActivity", first.raw(5)));
    }

    private static FieldReader unitId(String text, int from, int to) {
        var f = new FieldReader("CDM", text, from, to, "-");
        if (f.count() != NAMES.length) {
            throw f.countError(Integer.toString(NAMES.length));
        }
        f.alpha2(0, NAMES[0]);
        for (int i = 1; i < NAMES.length; i++) {
            f.digits(i, NAMES[i]);
        }
        return f;
    }
}
