package org.a6gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.a6gateway.reporting.AefCsv;
import org.a6gateway.reporting.AefTable;
import org.junit.jupiter.api.Test;

/** The bench's aef stage counts the actions, the rows of Table 3, and passes every table on unchanged. */
class AefRowCountTest {

    @Test
    void countsOnlyTheRowsOfTable3AndPassesEverythingOn() throws Exception {
        var direct = new StringWriter();
        var counted = new StringWriter();
        write(new AefCsv(direct));
        var count = new AefRowCount(new AefCsv(counted));
        write(count);

        assertThat(count.actions()).isEqualTo(3);
        assertThat(counted.toString()).isEqualTo(direct.toString());
    }

    private static void write(org.a6gateway.reporting.AefSink sink) throws Exception {
        for (AefTable table : AefTable.values()) {
            sink.startTable(table);
            for (int r = 0; r < (table == AefTable.T3 ? 3 : 2); r++) {
                sink.row(List.of(table.name(), r));
            }
            sink.endTable();
        }
        sink.finish(List.of());
    }
}
