package org.a6gateway.reconciliation;

import java.util.List;
import java.util.stream.Stream;
import org.a6gateway.units.SerialRange;

/** A stretch of units in one scope over which the same records apply, on both sides. */
record Segment(Scope scope, SerialRange units, List<Span> spans) {

    <T extends Span> Stream<T> of(Class<T> kind) {
        return spans.stream().filter(kind::isInstance).map(kind::cast);
    }

    <T extends Span> List<T> all(Class<T> kind) {
        return of(kind).toList();
    }
}
