package org.a6gateway.cli;

import java.io.IOException;
import java.util.List;
import org.a6gateway.reporting.AefSink;
import org.a6gateway.reporting.AefTable;
import org.a6gateway.reporting.PreSubmissionCheck;

/** Passes an AEF on to another sink, counting the rows of its Table 3: the actions the bench says it exported. */
final class AefRowCount implements AefSink {

    private final AefSink next;
    private AefTable table;
    private long actions;

    AefRowCount(AefSink next) {
        this.next = next;
    }

    long actions() {
        return actions;
    }

    @Override
    public void startTable(AefTable started) throws IOException {
        table = started;
        next.startTable(started);
    }

    @Override
    public void row(List<Object> values) throws IOException {
        if (table == AefTable.T3) {
            actions++;
        }
        next.row(values);
    }

    @Override
    public void endTable() throws IOException {
        next.endTable();
    }

    @Override
    public void finish(List<PreSubmissionCheck> checks) throws IOException {
        next.finish(checks);
    }
}
