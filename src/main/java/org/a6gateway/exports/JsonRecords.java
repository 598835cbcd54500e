package org.a6gateway.exports;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.a6gateway.quarantine.HostileText;

/** Reads the JSON exports record by record; quantities are exact decimals, never doubles. */
final class JsonRecords {

    static final String WHERE = "\u0000where";

    private JsonRecords() {
    }

    /** The records of a file that is an array of them, or an object holding them under {@code data}. */
    static void arrayOrData(JsonStream json, String what, BiConsumer<String, JsonNode> each) {
        if (json.start() == JsonToken.START_ARRAY) {
            numbered(json, "", each);
        } else {
            recordsUnder(json, "data", what, "", each);
        }
    }

    /** The records under {@code field} of the object at hand; its other fields are skipped unread. */
    static void recordsUnder(JsonStream json, String field, String what, String prefix, BiConsumer<String, JsonNode> each) {
        boolean[] found = {false};
        if (json.token() == JsonToken.START_OBJECT) {
            json.eachField(name -> {
                if (!name.equals(field)) {
                    return false;
                }
                if (json.token() != JsonToken.START_ARRAY) {
                    throw new UnreadableExport("expected " + what + " as a JSON array");
                }
                numbered(json, prefix, each);
                found[0] = true;
                return true;
            });
        }
        if (!found[0]) {
            throw new UnreadableExport("expected " + what + " as a JSON array");
        }
    }

    /** Each element of the array at hand, as {@code "<prefix>record <n>"}. */
    static void numbered(JsonStream json, String prefix, BiConsumer<String, JsonNode> each) {
        int[] n = {0};
        json.eachElement(item -> each.accept(prefix + "record " + ++n[0], item));
    }

    /** One record read into a row, or refused with its reason and text. */
    static void row(String where, JsonNode item, Function<JsonNode, ExportRow> reader, ExportSink sink) {
        try {
            requireObject(item);
            sink.row(reader.apply(((ObjectNode) item.deepCopy()).put(WHERE, where)));
        } catch (RowRefused e) {
            sink.refused(new RowError(where, e.getMessage(), item.toString()));
        }
    }

    /** A record is an object, and none of its texts holds invisible or bidirectional control characters. */
    static void requireObject(JsonNode item) {
        if (!item.isObject()) {
            throw new RowRefused("not a JSON object");
        }
        requireVisible(item, "");
    }

    private static void requireVisible(JsonNode node, String path) {
        if (node.isTextual()) {
            HostileText.invisibleCharacter(node.textValue()).ifPresent(why -> {
                throw new RowRefused("field '" + path + "' holds " + why);
            });
        }
        for (var field : node.properties()) {
            var at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            HostileText.invisibleCharacter(field.getKey()).ifPresent(why -> {
                throw new RowRefused("a field name holds " + why);
            });
            requireVisible(field.getValue(), at);
        }
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            requireVisible(node.get(i), path + "[" + i + "]");
        }
    }

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
}
