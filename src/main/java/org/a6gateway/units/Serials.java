package org.a6gateway.units;

/** Reads a serial of any supported registry, telling the format from the text itself. */
public final class Serials {

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
        if (s.matches("CA\\d*-.*")) {
            return SerialFormat.UNDP;
        }
        if (s.matches("[A-Z]{2}-\\d+-.*")) {
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
