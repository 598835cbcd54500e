package org.a6gateway.reconciliation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.PriorityQueue;
import java.util.Set;
import org.a6gateway.units.SerialRange;

/**
 * The sort-merge at the heart of the reconciler: takes spans one by one, each scope's together and
 * by first unit, cuts the scope at every span boundary, and hands each stretch of units to the
 * listener with the spans that cover it. Spans are pushed, not pulled, so a store can stream them
 * from a cursor; only the spans open at the current unit are held, so the memory is that of the
 * widest overlap, not of the registry. Scopes may come in any order (each is swept on its own),
 * but a scope left behind may not come back.
 */
final class Sweep {

    interface Listener {
        void segment(Segment segment);

        /** A span has no units left ahead: its totals are complete. */
        void closed(Span span);
    }

    private final Listener listener;
    private final PriorityQueue<Span> open = new PriorityQueue<>(Comparator.comparingLong(s -> s.units().end()));
    /** One entry per scope (an issuance), not per span: what tells a scope that comes back. */
    private final Set<Scope> left = new HashSet<>();
    private Span previous;
    private Scope scope;
    private long position;

    Sweep(Listener listener) {
        this.listener = listener;
    }

    void accept(Span span) {
        inOrder(span);
        if (!span.scope().equals(scope)) {
            cutUpTo(Long.MAX_VALUE);
            leave();
            scope = span.scope();
        } else {
            cutUpTo(span.units().start());
        }
        if (open.isEmpty()) {
            position = span.units().start();
        }
        open.add(span);
    }

    /** Every span has been accepted: the open ones run to their ends. */
    void finish() {
        cutUpTo(Long.MAX_VALUE);
    }

    /** Hands over the segments before {@code limit}, the first unit of the next span in the scope. */
    private void cutUpTo(long limit) {
        while (!open.isEmpty() && position < limit) {
            long end = Math.min(open.peek().units().end(), limit - 1);
            listener.segment(new Segment(scope, SerialRange.of(position, end), new ArrayList<>(open)));
            position = end + 1;
            while (!open.isEmpty() && open.peek().units().end() < position) {
                listener.closed(open.poll());
            }
        }
    }

    private void leave() {
        if (scope != null) {
            left.add(scope);
        }
    }

    private void inOrder(Span span) {
        boolean sameScope = previous != null && previous.scope().equals(span.scope());
        if (sameScope ? previous.units().start() > span.units().start() : left.contains(span.scope())) {
            throw new IllegalArgumentException("spans out of serial order: " + previous.subject() + " before " + span.subject());
        }
        previous = span;
    }
}
