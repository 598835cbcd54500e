package org.a6gateway.units;

import java.util.Map;

/**
 * Writes the serial of part of a block: the same text with the block's start and end fields
 * replaced, as a registry publishes a block after a split. Formats whose range is not two
 * plain hyphen-separated fields (CDM, CAR, Puro) are not rewritten.
 */
final class SerialText {

    /** Index of the block-start field in each hyphen-separated format; block end follows it. */
    private static final Map<SerialFormat, Integer> START_FIELD = Map.of(SerialFormat.VERRA, 1,
            SerialFormat.VERRA_LEGACY, 1, SerialFormat.VERRA_2026, 1, SerialFormat.GOLD_STANDARD, 7,
            SerialFormat.KOREAN, 6, SerialFormat.ACR, 5, SerialFormat.UNDP, 4);

    private SerialText() {
    }

    static String withRange(Serial serial, SerialRange part) {
        Integer start = START_FIELD.get(serial.format());
        if (start == null) {
            throw new UnsupportedOperationException("cannot rewrite a " + serial.format().displayName() + " serial");
        }
        if (!serial.range().contains(part)) {
            throw new IllegalArgumentException(part + " is not inside " + serial.range());
        }
        String[] fields = serial.original().strip().split("-", -1);
        fields[start] = Long.toString(part.start());
        fields[start + 1] = Long.toString(part.end());
        return String.join("-", fields);
    }
}
