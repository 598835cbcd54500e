package org.a6gateway.reconciliation;

import java.util.Comparator;
import org.a6gateway.units.SerialRange;

/** A record of either side, or of the ledger, that covers a range of serial units in one scope. */
interface Span {

    /** The sweep's order: scope, then first unit. */
    Comparator<Span> SERIAL_ORDER = Comparator.comparing(Span::scope).thenComparingLong(s -> s.units().start());

    Scope scope();

    SerialRange units();

    /** The records this span stands for, as an operator would look them up. */
    String subject();
}
