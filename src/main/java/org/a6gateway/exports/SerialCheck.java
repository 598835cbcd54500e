package org.a6gateway.exports;

import org.a6gateway.units.Party;
import org.a6gateway.units.Serial;
import org.a6gateway.units.Serials;

/** The serial of a row, read with the gateway's parsers; its range must hold the row's quantity. */
final class SerialCheck {

    private SerialCheck() {
    }

    static Serial read(String serial, long quantity) {
        if (serial == null || serial.isBlank()) {
            throw new RowRefused("no serial number");
        }
        Serial parsed;
        try {
            parsed = Serials.parse(serial);
        } catch (IllegalArgumentException e) {
            throw new RowRefused("serial '" + serial + "': " + e.getMessage());
        }
        if (parsed.quantity() != quantity) {
            throw new RowRefused("quantity " + quantity + " but serial '" + serial + "' holds " + parsed.quantity()
                    + " units (" + parsed.range().start() + " to " + parsed.range().end() + ", inclusive)");
        }
        if (parsed.country() != null && Party.find(parsed.country()).isEmpty()) {
            throw new RowRefused("serial '" + serial + "': host country '" + parsed.country() + "' is not a known Party");
        }
        return parsed;
    }
}
