package org.a6gateway.reporting;

import java.util.List;
import java.util.Locale;
import org.a6gateway.units.Party;

/**
 * What a government officer asks for: a BTR Table 4 ({@code btr} set) or an AEF ({@code aef} set),
 * in a format. Serialized as a job parameter, so a report job can be polled and rerun.
 */
public record ReportOrder(Kind kind, Format format, Table4Elections btr, AefRequest aef) {

    public enum Kind { BTR, AEF }

    public enum Format {
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), CSV("text/csv;charset=UTF-8"),
        JSON("application/json");

        private final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Format parse(String text) {
            for (Format f : values()) {
                if (f.extension().equalsIgnoreCase(text.strip())) {
                    return f;
                }
            }
            throw new IllegalArgumentException("format '" + text + "' is not one of xlsx, csv, json");
        }
    }

    public ReportOrder {
        if ((kind == Kind.BTR) != (btr != null) || (kind == Kind.AEF) != (aef != null)) {
            throw new IllegalArgumentException("a " + kind + " report needs its own request and no other");
        }
    }

    public static ReportOrder btr(Table4Elections elections, Format format) {
        return new ReportOrder(Kind.BTR, format, elections, null);
    }

    public static ReportOrder aef(AefRequest request, Format format) {
        return new ReportOrder(Kind.AEF, format, null, request);
    }

    /** The Party reported on. */
    public Party party() {
        return kind == Kind.BTR ? btr.party() : aef.party();
    }

    /** "btr-TZA-2021-2026-corrected.xlsx", "aef-MDG-2025.csv". */
    public String fileName() {
        var parts = kind == Kind.BTR
                ? List.of("btr", btr.party().alpha3(), btr.firstYear() + "-" + btr.lastYear(), Table4Elections.name(btr.mode()))
                : List.of("aef", aef.party().alpha3(), Integer.toString(aef.reportedYear()));
        return String.join("-", parts) + "." + format.extension();
    }
}
