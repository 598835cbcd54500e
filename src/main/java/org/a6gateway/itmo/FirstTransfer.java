package org.a6gateway.itmo;

import java.time.LocalDate;

/**
 * When and why a block was first transferred — the event that triggers the corresponding
 * adjustment — or, when it cannot be known from the data at hand, why not ({@code date} null).
 */
public record FirstTransfer(LocalDate date, int year, String trigger, HeldBackReason unresolved) {

    static FirstTransfer on(LocalDate date, int year, String trigger) {
        return new FirstTransfer(date, year, trigger, null);
    }

    static FirstTransfer unresolved(HeldBackReason reason) {
        return new FirstTransfer(null, 0, null, reason);
    }

    public boolean resolved() {
        return unresolved == null;
    }
}
