package org.a6gateway.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Service;

/** Writes what an order asks for, in its format: the one place the CLI, the report job and the API share. */
@Service
public class Reports {

    private final Table4Reports table4;
    private final AefExport aef;
    private final ObjectMapper json;

    Reports(Table4Reports table4, AefExport aef, ObjectMapper json) {
        this.table4 = table4;
        this.aef = aef;
        this.json = json;
    }

    /** Writes the report and answers the pre-submission checks it ran, as the file states them. */
    public List<PreSubmissionCheck> write(ReportOrder order, OutputStream out) throws IOException {
        var text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        var checks = order.kind() == ReportOrder.Kind.BTR ? table4(order, out, text) : aef(order, out, text);
        text.flush();
        out.flush();
        return checks;
    }

    private List<PreSubmissionCheck> table4(ReportOrder order, OutputStream out, Writer text) throws IOException {
        var document = table4.produce(order.btr());
        switch (order.format()) {
            case XLSX -> Table4Xlsx.write(document, out);
            case CSV -> Table4Csv.write(document, text);
            case JSON -> text.write(json.writeValueAsString(Table4Json.of(document, json)) + "\n");
        }
        return document.checks();
    }

    private List<PreSubmissionCheck> aef(ReportOrder order, OutputStream out, Writer text) throws IOException {
        return switch (order.format()) {
            case XLSX -> aef.write(order.aef(), new AefXlsx(out));
            case CSV -> aef.write(order.aef(), new AefCsv(text));
            case JSON -> aef.write(order.aef(), new AefJson(text, json, order.aef()));
        };
    }
}
