package org.a6gateway.verra;

import static org.a6gateway.connectors.PublishedFields.date;
import static org.a6gateway.connectors.PublishedFields.optional;
import static org.a6gateway.connectors.PublishedFields.text;
import static org.a6gateway.connectors.PublishedFields.wholeNumber;
import static org.a6gateway.quarantine.Checks.require;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.a6gateway.blocks.BlockLabel;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStatus;
import org.a6gateway.blocks.RetirementWords;
import org.a6gateway.connectors.BlockTexts;
import org.a6gateway.quarantine.QuarantineReason;
import org.a6gateway.quarantine.RecordRefused;
import org.a6gateway.units.LabelVocabulary;
import org.a6gateway.units.Serial;
import org.a6gateway.units.SerialFormatException;
import org.a6gateway.units.SerialRange;
import org.a6gateway.units.Serials;

/**
 * The records of Verra's public reports (its registry on the S&amp;P Global platform since
 * 2026-07-27) into the gateway's blocks. The reports are events, not holdings: a retirement or a
 * cancellation is a block of its own ({@code retirement-<id>}, {@code cancellation-<id>}), and an
 * issuance is what is left of its serial range once the retired and cancelled units are taken out,
 * one block per stretch still held ({@code issuance-<id>-<first unit>}). The serial says the
 * issuance, country, vintage and units, which the record's quantity (and a cancellation's block
 * start and end) must agree with.
 */
final class ReportTranslator {

    static final String RETIREMENT = "retirement-";
    static final String CANCELLATION = "cancellation-";
    static final String ISSUANCE = "issuance-";

    /** The fields that may carry Article 6 label texts, read exactly against Verra's vocabulary. */
    private static final List<String> LABEL_FIELDS = List.of("additionalCertification", "additional_certification",
            "hcloaName", "letter_of_auth_hcloa", "corrAdjustmentName", "corresponding_adjustment_status");

    private ReportTranslator() {
    }

    /** The serial of an issuance record, read before its block is: its range says which events it holds. */
    static Serial issuanceSerial(JsonNode issuance) {
        require(issuance.isObject(), QuarantineReason.MALFORMED_RECORD, "an issuance is not a JSON object");
        return serial(text(issuance, "serialNo"), "serialNo");
    }

    /** The stretches of an issuance still held: its range without the units of {@code events} (retired or cancelled). */
    static List<BlockRecord> issuance(String registry, JsonNode issuance, List<SerialRange> events) {
        var serial = issuanceSerial(issuance);
        String id = text(issuance, "id");
        quantity(issuance, "holdingQuantity", serial);
        List<SerialRange> held = List.of(serial.range());
        for (SerialRange event : events) {
            held = held.stream().flatMap(r -> r.subtract(event).stream()).toList();
        }
        var labels = labels(issuance);
        var issued = date(issuance, "issueDate", null);
        return held.stream().map(r -> BlockTexts.checked(block(registry, ISSUANCE + id + "-" + r.start(), serial, r,
                issuance, BlockStatus.ISSUED, null, labels, issued), "issuance " + id)).toList();
    }

    static BlockRecord retirement(String registry, JsonNode retirement, RetirementWords words) {
        require(retirement.isObject(), QuarantineReason.MALFORMED_RECORD, "a retirement is not a JSON object");
        String id = text(retirement, "id");
        var serial = serial(text(retirement, "serialNo"), "serialNo");
        quantity(retirement, "holdingQuantity", serial);
        String purpose = joined(optional(retirement, "retirementReason"), optional(retirement, "retirementReasonDetails"),
                optional(retirement, "retirementRemarks"));
        var use = new BlockRecord.Retirement(date(retirement, "retiredDate", null), BlockTexts.cut(purpose),
                optional(retirement, "beneficialOwner"), words.useOf(purpose));
        return BlockTexts.checked(block(registry, RETIREMENT + id, serial, serial.range(), retirement, BlockStatus.RETIRED, use,
                labels(retirement), null), "retirement " + id);
    }

    static BlockRecord cancellation(String registry, JsonNode cancellation) {
        require(cancellation.isObject(), QuarantineReason.MALFORMED_RECORD, "a cancellation is not a JSON object");
        String id = text(cancellation, "id");
        String serialText = text(cancellation, "serial_no");
        var serial = serial(serialText, "serial_no");
        quantity(cancellation, "holdingQuantity", serial);
        var stated = SerialRange.of(wholeNumber(cancellation, "block_start"), wholeNumber(cancellation, "block_end"));
        require(stated.equals(serial.range()), QuarantineReason.INVALID_RANGE,
                "block_start-block_end " + stated + " but serial_no '" + serialText + "' holds " + serial.range());
        return BlockTexts.checked(block(registry, CANCELLATION + id, serial, serial.range(), cancellation, BlockStatus.CANCELLED,
                null, labels(cancellation), null), "cancellation " + id);
    }

    private static BlockRecord block(String registry, String blockId, Serial serial, SerialRange range, JsonNode record,
                                     BlockStatus status, BlockRecord.Retirement retirement, List<BlockLabel> labels,
                                     LocalDate issued) {
        String projectId = Objects.requireNonNullElse(optional(record, "vcsProjectId"), serial.project());
        require(projectId.equals(serial.project()), QuarantineReason.INVALID_VALUE,
                "vcsProjectId " + projectId + " but serial '" + serial.original() + "' names project " + serial.project());
        String name = Objects.requireNonNullElse(optional(record, "projectName"), optional(record, "publicProjectName"));
        return new BlockRecord(registry, blockId, 1, serialOf(serial, range), HoldingTranslator.PROGRAM, unitType(record),
                projectId, name, serial.country(), serial.vintage().start().getYear(), serial.vintage().start(),
                serial.vintage().end(), serial.issuance(), issued, range.start(), range.end(), BigDecimal.ONE, status, null,
                retirement, labels, null);
    }

    /** The serial of the units {@code range} of {@code serial}, written as Verra writes a block's. */
    private static String serialOf(Serial serial, SerialRange range) {
        return range.equals(serial.range()) ? serial.original().strip() : serial.withRange(range);
    }

    private static void quantity(JsonNode record, String field, Serial serial) {
        long quantity = wholeNumber(record, field);
        require(quantity == serial.range().quantity(), QuarantineReason.INVALID_QUANTITY,
                field + " " + quantity + " but serial '" + serial.original() + "' holds " + serial.range().quantity());
    }

    private static Serial serial(String text, String field) {
        try {
            var serial = Serials.parse(text);
            require(HoldingTranslator.PROGRAM.equals(serial.registry()), QuarantineReason.MALFORMED_SERIAL,
                    field + " '" + text + "' is not a Verra serial");
            return serial;
        } catch (SerialFormatException e) {
            throw new RecordRefused(QuarantineReason.MALFORMED_SERIAL, field + " '" + text + "': " + e.getMessage());
        }
    }

    /** Article 6 labels, written exactly as Verra writes them, in any of the fields that may carry them ("; "-joined). */
    private static List<BlockLabel> labels(JsonNode record) {
        var labels = new ArrayList<BlockLabel>();
        for (String field : LABEL_FIELDS) {
            String value = optional(record, field);
            if (value != null) {
                for (String text : value.split(";")) {
                    LabelVocabulary.VERRA.codeOf(text.strip()).filter(code -> labels.stream().noneMatch(l -> l.code().equals(code.name())))
                            .ifPresent(code -> labels.add(new BlockLabel(code.name(), text.strip(), null)));
                }
            }
        }
        return labels;
    }

    private static String unitType(JsonNode record) {
        return Objects.requireNonNullElse(optional(record, "unitType"), "VCU");
    }

    private static String joined(String... parts) {
        var text = Stream.of(parts).filter(p -> p != null && !p.isBlank()).toList();
        return text.isEmpty() ? null : String.join(": ", text);
    }
}
