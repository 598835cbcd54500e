package org.a6gateway.simulator;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The fields the simulator needs from the two serial formats of the seed (current Verra and Gold
 * Standard), and the serial of a part of a block after a split. The gateway itself parses serials
 * with the full parsers of module {@code units}; a simulated registry only has to publish them.
 */
record SeedSerial(String hostCountry, String issuanceId, long start, long end, LocalDate vintageStart,
                  LocalDate vintageEnd) {

    private static final DateTimeFormatter DDMMYYYY = DateTimeFormatter.ofPattern("ddMMyyyy");

    /** Verra: batch-start-end-VCS-VCU-code-VER-CC-scope-project-DDMMYYYY-DDMMYYYY-flag; GS: GS1-1-CC-GSid-seq-year-issuance-start-end. */
    static SeedSerial of(String serial, int vintage) {
        String[] f = serial.strip().split("-");
        if (f[0].equals("GS1")) {
            return new SeedSerial(f[2], f[6], Long.parseLong(f[7]), Long.parseLong(f[8]),
                    LocalDate.of(vintage, 1, 1), LocalDate.of(vintage, 12, 31));
        }
        return new SeedSerial(f[7], f[0], Long.parseLong(f[1]), Long.parseLong(f[2]),
                LocalDate.parse(f[10], DDMMYYYY), LocalDate.parse(f[11], DDMMYYYY));
    }

    /** The serial of the units [start, end] of the same issuance, in the block's own format. */
    static String withRange(String serial, long start, long end) {
        String[] f = serial.strip().split("-");
        if (f[0].equals("GS1")) {
            f[7] = Long.toString(start);
            f[8] = Long.toString(end);
        } else {
            f[1] = Long.toString(start);
            f[2] = Long.toString(end);
        }
        return String.join("-", f);
    }
}
