package org.a6gateway.reconciliation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.PriorityQueue;
import org.a6gateway.units.SerialRange;

/**
 * The sort-merge at the heart of the reconciler: walks spans sorted by (scope, first unit) once,
 * cutting each scope at every span boundary, and hands each stretch of units to the listener with
 * the spans that cover it. Only the spans open at the current unit are held, so the walk is
 * linear in the spans and their overlaps, and streams.
 */
final class Sweep {

    interface Listener {
        void segment(Segment segment);

        /** A span has no units left ahead: its totals are complete. */
        void closed(Span span);
    }

    private final Iterator<? extends Span> sorted;
    private final Listener listener;
    private final PriorityQueue<Span> open = new PriorityQueue<>(Comparator.comparingLong(s -> s.units().end()));
    private Span next;
    private Span previous;
    private Scope scope;
    private long position;

    Sweep(Iterator<? extends Span> sorted, Listener listener) {
        this.sorted = sorted;
        this.listener = listener;
        advance();
    }

    void run() {
        while (next != null || !open.isEmpty()) {
            if (open.isEmpty()) {
                scope = next.scope();
                position = next.units().start();
            }
            while (next != null && next.scope().equals(scope) && next.units().start() == position) {
                open.add(next);
                advance();
            }
            long end = open.peek().units().end();
            if (next != null && next.scope().equals(scope)) {
                end = Math.min(end, next.units().start() - 1);
            }
            listener.segment(new Segment(scope, SerialRange.of(position, end), new ArrayList<>(open)));
            position = end + 1;
            while (!open.isEmpty() && open.peek().units().end() < position) {
                listener.closed(open.poll());
            }
        }
    }

    private void advance() {
        next = sorted.hasNext() ? sorted.next() : null;
        if (next != null && previous != null && Span.SERIAL_ORDER.compare(previous, next) > 0) {
            throw new IllegalArgumentException("spans out of serial order: " + previous.subject() + " before " + next.subject());
        }
        previous = next;
    }
}
