package org.a6gateway.api;

import org.a6gateway.units.Serial;
import org.a6gateway.units.Serials;

/** Query parameters the contract cannot check by pattern alone, read into the model; a bad one is a 400 naming it. */
final class Parameters {

    private Parameters() {
    }

    static Serial serial(String serial) {
        try {
            return Serials.parse(serial);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'serial' " + e.getMessage(), e);
        }
    }
}
