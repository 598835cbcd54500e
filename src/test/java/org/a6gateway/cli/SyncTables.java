package org.a6gateway.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.a6gateway.sync.SyncRun;
import org.a6gateway.sync.SyncSummary;

/** The table {@code sync} prints, for the run whose {@code sync --json} output a test holds. */
final class SyncTables {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private SyncTables() {
    }

    static String of(String syncJson) throws IOException {
        var json = JSON.readTree(syncJson);
        var summary = JSON.treeToValue(json, SyncSummary.class);
        var out = new StringWriter();
        new SummaryTable(new PrintWriter(out, true)).print(new SyncRun(json.get("runId").asLong(), json.get("status").asText(),
                null, null, summary, null, List.of()));
        return out.toString();
    }
}
