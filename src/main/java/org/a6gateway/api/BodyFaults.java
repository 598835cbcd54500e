package org.a6gateway.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What is wrong with a request body that does not read, in the contract's words: the field and
 * the kind of value it takes. Jackson's own messages name Java types, which a caller has no use
 * for and which say more about the gateway than it needs to tell.
 */
final class BodyFaults {

    static final String UNREADABLE = "the request body is not the JSON this operation takes";

    private BodyFaults() {
    }

    static String describe(Throwable cause) {
        if (!(cause instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return UNREADABLE;
        }
        String field = mapping.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]").collect(Collectors.joining("."));
        return "field '" + field + "': " + expected(mapping);
    }

    private static String expected(JsonMappingException mapping) {
        if (mapping instanceof InvalidFormatException format) {
            return "'" + abbreviate(String.valueOf(format.getValue())) + "' is not " + kind(format.getTargetType());
        }
        if (mapping instanceof ValueInstantiationException instantiation) {
            return "expected " + kind(instantiation.getType().getRawClass());
        }
        if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + kind(mismatch.getTargetType());
        }
        return "not a value this field takes";
    }

    static String kind(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type) || type == BigDecimal.class || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == LocalDate.class) {
            return "a date (yyyy-MM-dd)";
        }
        if (type == OffsetDateTime.class) {
            return "a date and time";
        }
        return Collection.class.isAssignableFrom(type) || type.isArray() ? "an array"
                : Map.class.isAssignableFrom(type) ? "an object of named values" : "an object";
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
