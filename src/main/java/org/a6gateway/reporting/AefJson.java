package org.a6gateway.reporting;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * The AEF as one JSON object, streamed: {@code party}, {@code reportedYear}, {@code tables} ("T1"
 * … "T5", each an array of objects keyed by the column names; numbers as numbers, dates as ISO
 * strings, "NA" where a field does not apply) and {@code checks}.
 */
public final class AefJson implements AefSink {

    private final JsonGenerator json;
    private List<String> columns;

    public AefJson(Writer out, ObjectMapper mapper, AefRequest request) throws IOException {
        json = mapper.getFactory().createGenerator(out);
        json.writeStartObject();
        json.writeStringField("party", request.party().alpha3());
        json.writeNumberField("reportedYear", request.reportedYear());
        json.writeObjectFieldStart("tables");
    }

    @Override
    public void startTable(AefTable table) throws IOException {
        columns = table.columns();
        json.writeArrayFieldStart(table.name());
    }

    @Override
    public void row(List<Object> values) throws IOException {
        json.writeStartObject();
        for (int c = 0; c < values.size(); c++) {
            json.writeFieldName(columns.get(c));
            var value = values.get(c);
            if (value instanceof BigDecimal d) {
                json.writeNumber(d);
            } else if (value instanceof Number n) {
                json.writeNumber(n.longValue());
            } else {
                json.writeString(value.toString());
            }
        }
        json.writeEndObject();
    }

    @Override
    public void endTable() throws IOException {
        json.writeEndArray();
    }

    @Override
    public void finish(List<PreSubmissionCheck> checks) throws IOException {
        json.writeEndObject();
        json.writeArrayFieldStart("checks");
        for (PreSubmissionCheck check : checks) {
            json.writeStartObject();
            json.writeStringField("check", check.name());
            json.writeStringField("rule", check.rule());
            json.writeBooleanField("passed", check.passed());
            json.writeArrayFieldStart("failures");
            for (PreSubmissionCheck.Failure f : check.failures()) {
                json.writeStartObject();
                json.writeStringField("where", f.where());
                json.writeStringField("detail", f.detail());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
    }
}
