package org.a6gateway.quarantine;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks one record's JSON against the generated model of the upstream contract before Jackson
 * binds it. Jackson alone would coerce {@code "12"} to 12 and truncate {@code 12.5}; a registry
 * that sends either has a bug we must not paper over, so each JSON type is checked as the contract
 * declares it, every string passes {@link HostileText}, and a missing required field is named.
 */
public final class RecordShape {

    /** Numbers that count serial units or tonnes: their overflow is a quantity problem. */
    private static final Set<String> QUANTITIES = Set.of("quantity", "blockStart", "blockEnd", "quantityCap");
    private static final int MAX_ITEMS = 1000;

    private RecordShape() {
    }

    public static void check(JsonNode node, Class<?> model) {
        checkObject(node, model, "");
    }

    /** A field of a model, as the checks read it: looked up once per class, not once per record. */
    private record FieldShape(String name, Type type, boolean required) {
    }

    /**
     * Each model's instance fields with their required flags. Reflection copies every Field and
     * Method it returns: asked per record, that was 9 GB of the 73 GB the ingest of a million blocks
     * allocated.
     */
    private static final ClassValue<List<FieldShape>> SHAPES = new ClassValue<>() {
        @Override
        protected List<FieldShape> computeValue(Class<?> model) {
            return Arrays.stream(model.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers()))
                    .map(f -> new FieldShape(f.getName(), f.getGenericType(), required(model, f.getName()))).toList();
        }
    };

    /** Each enum's constants as the contract writes them. */
    private static final ClassValue<List<String>> ENUM_VALUES = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
        }
    };

    private static void checkObject(JsonNode node, Class<?> model, String path) {
        if (!node.isObject()) {
            throw new RecordRefused(path.isEmpty() ? QuarantineReason.MALFORMED_RECORD : QuarantineReason.WRONG_TYPE,
                    (path.isEmpty() ? "the record" : "field '" + path + "'") + " is " + kind(node) + ", not an object");
        }
        for (FieldShape field : SHAPES.get(model)) {
            String name = field.name();
            String at = path.isEmpty() ? name : path + "." + name;
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                if (field.required()) {
                    throw new RecordRefused(QuarantineReason.MISSING_FIELD, "field '" + at + "' is missing");
                }
                continue;
            }
            checkValue(value, field.type(), name, at);
        }
    }

    private static void checkValue(JsonNode value, Type type, String name, String at) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == String.class) {
            expect(value.isTextual(), value, at, "a string");
            HostileText.check(at, name, value.textValue());
        } else if (raw == Long.class || raw == Integer.class) {
            checkInteger(value, raw == Integer.class, name, at);
        } else if (raw == Boolean.class) {
            expect(value.isBoolean(), value, at, "true or false");
        } else if (raw.isEnum()) {
            expect(value.isTextual(), value, at, "a string");
            checkEnum(value.textValue(), raw, at);
        } else if (raw == LocalDate.class || raw == OffsetDateTime.class) {
            expect(value.isTextual(), value, at, "a date string");
            checkDate(value.textValue(), raw, at);
        } else if (List.class.isAssignableFrom(raw)) {
            checkList(value, ((ParameterizedType) type).getActualTypeArguments()[0], name, at);
        } else if (raw.getPackageName().endsWith(".model")) {
            checkObject(value, raw, at);
        }
    }

    private static void checkInteger(JsonNode value, boolean int32, String name, String at) {
        expect(value.isNumber(), value, at, "an integer");
        expect(value.isIntegralNumber(), value, at, "an integer");
        if (int32 ? !value.canConvertToInt() : !value.canConvertToLong()) {
            throw new RecordRefused(QUANTITIES.contains(name) ? QuarantineReason.INVALID_QUANTITY : QuarantineReason.INVALID_VALUE,
                    "field '" + at + "': " + value.asText() + " does not fit a " + (int32 ? "32" : "64") + "-bit integer");
        }
    }

    private static void checkList(JsonNode value, Type element, String name, String at) {
        expect(value.isArray(), value, at, "an array");
        if (value.size() > MAX_ITEMS) {
            throw new RecordRefused(QuarantineReason.OVERLONG_VALUE, "field '" + at + "' has " + value.size()
                    + " items; at most " + MAX_ITEMS + " are accepted");
        }
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i).isNull()) {
                throw new RecordRefused(QuarantineReason.WRONG_TYPE, "field '" + at + "[" + i + "]' is null");
            }
            checkValue(value.get(i), element, name, at + "[" + i + "]");
        }
    }

    private static void checkEnum(String text, Class<?> type, String at) {
        var allowed = ENUM_VALUES.get(type);
        if (!allowed.contains(text)) {
            throw new RecordRefused(QuarantineReason.INVALID_VALUE, "field '" + at + "': '" + abbreviate(text)
                    + "' is not one of " + String.join(", ", allowed));
        }
    }

    private static void checkDate(String text, Class<?> type, String at) {
        if (!(type == LocalDate.class ? IsoDates.isDate(text) : IsoDates.isDateTime(text))) {
            throw new RecordRefused(QuarantineReason.INVALID_VALUE, "field '" + at + "': '" + abbreviate(text)
                    + "' is not a date");
        }
    }

    private static void expect(boolean ok, JsonNode value, String at, String expected) {
        if (!ok) {
            throw new RecordRefused(QuarantineReason.WRONG_TYPE, "field '" + at + "' is " + kind(value)
                    + ", expected " + expected);
        }
    }

    /** The contract's required fields: the generated getters say {@code @JsonProperty(required = true)}. */
    private static boolean required(Class<?> model, String name) {
        String getter = "get" + name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
        try {
            Method method = model.getMethod(getter);
            JsonProperty property = method.getAnnotation(JsonProperty.class);
            return property != null && property.required();
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> node.isIntegralNumber() ? "an integer" : "a fractional number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL, MISSING -> "null";
            default -> "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    public static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
