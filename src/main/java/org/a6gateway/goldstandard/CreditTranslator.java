package org.a6gateway.goldstandard;

import static org.a6gateway.connectors.PublishedFields.date;
import static org.a6gateway.connectors.PublishedFields.number;
import static org.a6gateway.connectors.PublishedFields.optional;
import static org.a6gateway.connectors.PublishedFields.text;
import static org.a6gateway.quarantine.Checks.require;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.a6gateway.blocks.BlockLabel;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStatus;
import org.a6gateway.blocks.RetirementWords;
import org.a6gateway.connectors.BlockTexts;
import org.a6gateway.quarantine.QuarantineReason;
import org.a6gateway.quarantine.RecordRefused;
import org.a6gateway.units.LabelVocabulary;
import org.a6gateway.units.Serial;
import org.a6gateway.units.SerialFormat;
import org.a6gateway.units.SerialFormatException;
import org.a6gateway.units.Serials;

/**
 * One credit block of Gold Standard's public API into the gateway's block: its serial says the
 * issuance (batch), country and vintage; {@code starting_credit_number}, {@code ending_credit_number}
 * and {@code number_of_credits} must agree with it, and {@code project.sustaincert_id} with the
 * project the serial names. Its version is {@code updated_at}: the API publishes no other.
 */
final class CreditTranslator {

    static final String PROGRAM = "GS";

    private CreditTranslator() {
    }

    static BlockRecord toRecord(String registry, JsonNode credit, RetirementWords words) {
        require(credit.isObject(), QuarantineReason.MALFORMED_RECORD, "a credit is not a JSON object");
        String id = text(credit, "id");
        String serialText = text(credit, "serial_number");
        var serial = serial(serialText);
        long start = number(credit, "starting_credit_number");
        long end = number(credit, "ending_credit_number");
        long quantity = number(credit, "number_of_credits");
        require(start == serial.range().start() && end == serial.range().end(), QuarantineReason.INVALID_RANGE,
                "starting/ending_credit_number " + start + "-" + end + " but serial '" + serialText + "' holds "
                        + serial.range());
        require(quantity == serial.range().quantity(), QuarantineReason.INVALID_QUANTITY,
                "number_of_credits " + quantity + " but serial '" + serialText + "' holds " + serial.range().quantity());
        var project = credit.path("project");
        String projectId = text(project, "sustaincert_id");
        require(projectId.equals(serial.project()), QuarantineReason.INVALID_VALUE,
                "project.sustaincert_id " + projectId + " but serial '" + serialText + "' names GS" + serial.project());
        var status = status(text(credit, "status"));
        return BlockTexts.checked(new BlockRecord(registry, id, version(credit), serialText, PROGRAM, unitType(credit), projectId,
                optional(project, "name"), serial.country(), year(text(credit, "vintage")),
                date(credit, "monitoring_period_start_date", serial.vintage().start()),
                date(credit, "monitoring_period_end_date", serial.vintage().end()), serial.issuance(),
                date(credit, "certified_date", null), start, end, BigDecimal.ONE, status, null,
                retirement(status, credit, words), labels(credit), null), "credit " + id);
    }

    /**
     * The Article 6 labels among the credit's {@code labels}, written as Gold Standard writes them;
     * its own labels ({@code EMISSION_REDUCTION}, …) say what the credit is, not what it may be used for.
     */
    private static List<BlockLabel> labels(JsonNode credit) {
        var labels = new ArrayList<BlockLabel>();
        credit.path("labels").forEach(label -> LabelVocabulary.GOLD_STANDARD.codeOf(label.asText())
                .ifPresent(code -> labels.add(new BlockLabel(code.name(), label.asText(), null))));
        return labels;
    }

    private static Serial serial(String text) {
        try {
            var fields = Serials.parse(text);
            require(fields.format() == SerialFormat.GOLD_STANDARD, QuarantineReason.MALFORMED_SERIAL,
                    "serial_number '" + text + "' is not a Gold Standard serial");
            return fields;
        } catch (SerialFormatException e) {
            throw new RecordRefused(QuarantineReason.MALFORMED_SERIAL, "serial_number '" + text + "': " + e.getMessage());
        }
    }

    /** What the note's words map to: the public API gives no structured use. */
    private static BlockRecord.Retirement retirement(BlockStatus status, JsonNode credit, RetirementWords words) {
        if (status != BlockStatus.RETIRED) {
            return null;
        }
        String note = optional(credit, "note");
        return new BlockRecord.Retirement(null, note, optional(credit, "using_entity"), words.useOf(note));
    }

    private static BlockStatus status(String status) {
        return switch (status) {
            case "ISSUED" -> BlockStatus.ISSUED;
            case "RETIRED" -> BlockStatus.RETIRED;
            case "CANCELLED", "CANCELED" -> BlockStatus.CANCELLED;
            default -> throw new RecordRefused(QuarantineReason.INVALID_VALUE,
                    "status '" + status + "' is not ISSUED, RETIRED or CANCELLED");
        };
    }

    private static String unitType(JsonNode credit) {
        String abbreviation = optional(credit.path("product"), "abbreviation");
        return abbreviation == null ? "VER" : abbreviation;
    }

    private static long version(JsonNode credit) {
        String updated = text(credit, "updated_at");
        try {
            return Instant.parse(updated).getEpochSecond();
        } catch (DateTimeParseException e) {
            throw new RecordRefused(QuarantineReason.INVALID_VALUE, "updated_at '" + updated + "' is not an instant");
        }
    }

    private static int year(String vintage) {
        require(vintage.matches("(19|20)[0-9]{2}"), QuarantineReason.VINTAGE_OUT_OF_RANGE,
                "vintage '" + vintage + "' is not a year");
        return Integer.parseInt(vintage);
    }
}
