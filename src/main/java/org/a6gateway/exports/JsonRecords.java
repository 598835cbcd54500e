package org.a6gateway.exports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads the JSON exports record by record; quantities are exact decimals, never doubles. */
final class JsonRecords {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private JsonRecords() {
    }

    static JsonNode parse(String text) {
        try {
            return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (JsonProcessingException e) {
            throw new UnreadableExport("not JSON: " + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr());
        }
    }

    static JsonNode array(JsonNode node, String what) {
        if (node == null || !node.isArray()) {
            throw new UnreadableExport("expected " + what + " as a JSON array");
        }
        return node;
    }

    /** Each element of {@code items}, as {@code "<prefix>record <n>"}; a refused one is reported, the rest read. */
    static void read(JsonNode items, String prefix, Function<JsonNode, ExportRow> reader, List<ExportRow> rows,
                     List<RowError> errors) {
        for (int i = 0; i < items.size(); i++) {
            var where = prefix + "record " + (i + 1);
            var item = items.get(i);
            try {
                if (!item.isObject()) {
                    throw new RowRefused("not a JSON object");
                }
                rows.add(reader.apply(((com.fasterxml.jackson.databind.node.ObjectNode) item.deepCopy()).put(WHERE, where)));
            } catch (RowRefused e) {
                errors.add(new RowError(where, e.getMessage(), raw(item)));
            }
        }
    }

    static ExportReading reading(ExportFormat format, String version, JsonNode items,
                                 Function<JsonNode, ExportRow> reader) {
        var rows = new ArrayList<ExportRow>();
        var errors = new ArrayList<RowError>();
        read(items, "", reader, rows, errors);
        return new ExportReading(format, version, rows, errors);
    }

    static final String WHERE = "\u0000where";

    static String where(JsonNode item) {
        return item.path(WHERE).asText();
    }

    static String text(JsonNode item, String field) {
        var value = item.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new RowRefused("field '" + field + "' is not a single value");
        }
        return Cells.blankToNull(value.asText());
    }

    static String required(JsonNode item, String field) {
        var value = text(item, field);
        if (value == null) {
            throw new RowRefused("field '" + field + "' is missing");
        }
        return value;
    }

    static long quantity(JsonNode item, String field) {
        var value = item.get(field);
        if (value == null || value.isNull()) {
            throw new RowRefused("field '" + field + "' is missing");
        }
        if (value.isNumber()) {
            return Cells.quantity(value.decimalValue(), field);
        }
        return Cells.quantity(value.asText(), field);
    }

    static BigDecimal decimal(JsonNode node) {
        return node.decimalValue();
    }

    private static String raw(JsonNode item) {
        var text = item.toString();
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }
}
