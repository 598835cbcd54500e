package org.a6gateway.units;

/**
 * A serial that does not read as its format says, naming the field and the character position
 * (0-based, in the text as given), e.g.
 * {@code Verra serial: field 'block end' at position 15: expected digits, found 'x'}.
 */
public class SerialFormatException extends IllegalArgumentException {

    private final String field;
    private final int position;

    public SerialFormatException(String format, String field, int position, String problem) {
        super(format + " serial: field '" + field + "' at position " + position + ": " + problem);
        this.field = field;
        this.position = position;
    }

    public SerialFormatException(String problem) {
        super(problem);
        this.field = null;
        this.position = -1;
    }

    public String field() {
        return field;
    }

    public int position() {
        return position;
    }
}
