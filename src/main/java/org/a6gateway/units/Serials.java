package org.a6gateway.units;

import java.util.regex.Pattern;

/** Reads a serial of any supported registry, telling the format from the text itself. */
public final class Serials {

    /** Compiled once: every stored block's serial is read through here. */
    private static final Pattern UNDP = Pattern.compile("CA\\d*-.*");
    private static final Pattern CDM = Pattern.compile("[A-Z]{2}-\\d+-.*");

    private Serials() {
    }

    public static Serial parse(String text) {
        return detect(text).parse(text);
    }

    public static Serial parse(String text, SerialFormat format) {
        return format.parse(text);
    }

    /** The format a serial is written in, from its prefix and shape. */
    public static SerialFormat detect(String text) {
        if (text == null || text.isBlank()) {
            throw new SerialFormatException("serial: empty");
        }
        var s = Span.of(text).trimmed();
        if (s.startsWith("GS1-")) {
            return SerialFormat.GOLD_STANDARD;
        }
        if (s.startsWith("CAR-")) {
            return SerialFormat.CAR;
        }
        if (s.startsWith("ACR-")) {
            return SerialFormat.ACR;
        }
        if (s.startsWith("PURO_")) {
            return SerialFormat.PURO;
        }
        if (s.startsWith("KVS-")) {
            return SerialFormat.KOREAN;
        }
        if (UNDP.matcher(s).matches()) {
            return SerialFormat.UNDP;
        }
        if (CDM.matcher(s).matches()) {
            return SerialFormat.CDM;
        }
        if (!s.isEmpty() && Character.isDigit(s.charAt(0))) {
            return verraGeneration(s.split("-", -1));
        }
        throw new SerialFormatException("serial: not a format the gateway reads: '" + s + "'");
    }

    private static SerialFormat verraGeneration(String[] parts) {
        if (parts.length == 12 && "VCS".equals(parts[3])) {
            return SerialFormat.VERRA_2026;
        }
        return parts.length == 12 ? SerialFormat.VERRA_LEGACY : SerialFormat.VERRA;
    }
}
