package org.a6gateway.reconciliation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Feeds the sweep from two sides: the private blocks as they stream in, scope by scope, and the
 * national records and ledger expectations, few enough to be held and sorted up front. At one
 * first unit the blocks go first, then the national records in the order they were given (pairs,
 * actions, adjustments, ledger), as a stable sort of everything together would put them.
 */
final class SpanMerge {

    private final Map<Scope, ArrayDeque<Span>> waiting = new TreeMap<>();
    private final Sweep sweep;
    private Scope scope;

    SpanMerge(List<? extends Span> national, Sweep sweep) {
        this.sweep = sweep;
        var sorted = new ArrayList<Span>(national);
        sorted.sort(Span.SERIAL_ORDER);
        sorted.forEach(s -> waiting.computeIfAbsent(s.scope(), k -> new ArrayDeque<>()).add(s));
    }

    void block(PrivateBlock block) {
        if (!block.scope().equals(scope)) {
            release(scope);
            scope = block.scope();
        }
        var before = waiting.get(scope);
        while (before != null && !before.isEmpty() && before.peek().units().start() < block.units().start()) {
            sweep.accept(before.poll());
        }
        sweep.accept(block);
    }

    /** The last block has come: what is left of the national side has no blocks beside it. */
    void finish() {
        release(scope);
        for (Scope rest : new ArrayList<>(waiting.keySet())) {
            release(rest);
        }
        sweep.finish();
    }

    private void release(Scope done) {
        var rest = done == null ? null : waiting.remove(done);
        if (rest != null) {
            rest.forEach(sweep::accept);
        }
    }
}
