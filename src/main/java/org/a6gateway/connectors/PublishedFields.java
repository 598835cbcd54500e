package org.a6gateway.connectors;

import static org.a6gateway.quarantine.Checks.require;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.a6gateway.quarantine.QuarantineReason;
import org.a6gateway.quarantine.RecordRefused;

/**
 * The fields of a record a registry published in a shape of its own (a public API, no contract of
 * the gateway's), read strictly: what is missing or of the wrong kind refuses the record with the
 * field named, for the quarantine.
 */
public final class PublishedFields {

    private PublishedFields() {
    }

    /** A text that must be there and not blank. */
    public static String text(JsonNode node, String field) {
        String value = optional(node, field);
        require(value != null && !value.isBlank(), QuarantineReason.MISSING_FIELD, "field '" + field + "' is missing");
        return value;
    }

    /** A text, or null when absent or JSON null. */
    public static String optional(JsonNode node, String field) {
        var value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** A whole number above zero, written as a JSON number. */
    public static long number(JsonNode node, String field) {
        var value = node.get(field);
        require(value != null && !value.isNull(), QuarantineReason.MISSING_FIELD, "field '" + field + "' is missing");
        require(value.isIntegralNumber() && value.canConvertToLong() && value.longValue() > 0,
                QuarantineReason.WRONG_TYPE, "field '" + field + "' is not a positive whole number: " + value);
        return value.longValue();
    }

    /** A whole number above zero, written as a JSON number, with or without a zero fraction ({@code 235604.0}). */
    public static long wholeNumber(JsonNode node, String field) {
        var value = node.get(field);
        require(value != null && !value.isNull(), QuarantineReason.MISSING_FIELD, "field '" + field + "' is missing");
        require(value.isNumber() && value.decimalValue().signum() > 0 && value.decimalValue().stripTrailingZeros().scale() <= 0
                && value.decimalValue().compareTo(java.math.BigDecimal.valueOf(Long.MAX_VALUE)) <= 0,
                QuarantineReason.WRONG_TYPE, "field '" + field + "' is not a positive whole number: " + value);
        return value.decimalValue().longValueExact();
    }

    /** An ISO date (of a date-time, its date), or {@code otherwise} when absent. */
    public static LocalDate date(JsonNode node, String field, LocalDate otherwise) {
        String text = optional(node, field);
        if (text == null) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new RecordRefused(QuarantineReason.INVALID_VALUE, field + " '" + text + "' is not a date");
        }
    }
}
