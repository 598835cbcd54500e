package org.a6gateway.verra;

import static org.a6gateway.connectors.PublishedFields.date;
import static org.a6gateway.connectors.PublishedFields.number;
import static org.a6gateway.connectors.PublishedFields.optional;
import static org.a6gateway.connectors.PublishedFields.text;
import static org.a6gateway.quarantine.Checks.require;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
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
import org.a6gateway.units.SerialFormatException;
import org.a6gateway.units.Serials;

/**
 * One holding of Verra's registry search into the gateway's block: its serial ({@code serialNumbers})
 * says the issuance, country, vintage and units, which {@code quantity} and {@code resourceIdentifier}
 * must agree with. The search publishes no version: the holding is version 1, and a holding that
 * reads differently later is stored as a change ({@code blocks.ListedBlocks}).
 */
final class HoldingTranslator {

    static final String PROGRAM = "VCS";

    private HoldingTranslator() {
    }

    static BlockRecord toRecord(String registry, JsonNode holding, RetirementWords words) {
        require(holding.isObject(), QuarantineReason.MALFORMED_RECORD, "a holding is not a JSON object");
        String id = text(holding, "holdingIdentifier");
        String serialText = text(holding, "serialNumbers");
        var serial = serial(serialText);
        long quantity = number(holding, "quantity");
        require(quantity == serial.range().quantity(), QuarantineReason.INVALID_QUANTITY,
                "quantity " + quantity + " but serial '" + serialText + "' holds " + serial.range().quantity());
        String projectId = text(holding, "resourceIdentifier");
        require(projectId.equals(serial.project()), QuarantineReason.INVALID_VALUE,
                "resourceIdentifier " + projectId + " but serial '" + serialText + "' names project " + serial.project());
        var status = status(holding);
        var vintageStart = date(holding, "vintageStart", serial.vintage().start());
        return BlockTexts.checked(new BlockRecord(registry, id, 1, serialText, PROGRAM, unitType(holding), projectId,
                optional(holding, "resourceName"), serial.country(), vintageStart.getYear(),
                vintageStart, date(holding, "vintageEnd", serial.vintage().end()),
                serial.issuance(), date(holding, "issuanceDate", null), serial.range().start(), serial.range().end(),
                BigDecimal.ONE, status, null, retirement(status, holding, words), labels(holding), null), "holding " + id);
    }

    /**
     * The Article 6 labels among the holding's {@code additionalCertifications} ("; "-joined, as
     * Verra lists them), written exactly as Verra writes them; the other certifications (CCB, SD
     * VISta, …) are not labels the gateway keeps.
     */
    private static List<BlockLabel> labels(JsonNode holding) {
        String certifications = optional(holding, "additionalCertifications");
        if (certifications == null) {
            return List.of();
        }
        var labels = new ArrayList<BlockLabel>();
        for (String text : certifications.split(";")) {
            LabelVocabulary.VERRA.codeOf(text.strip())
                    .ifPresent(code -> labels.add(new BlockLabel(code.name(), text.strip(), null)));
        }
        return labels;
    }

    private static Serial serial(String text) {
        try {
            var serial = Serials.parse(text);
            require(PROGRAM.equals(serial.registry()), QuarantineReason.MALFORMED_SERIAL,
                    "serialNumbers '" + text + "' is not a Verra serial");
            return serial;
        } catch (SerialFormatException e) {
            throw new RecordRefused(QuarantineReason.MALFORMED_SERIAL, "serialNumbers '" + text + "': " + e.getMessage());
        }
    }

    /** Retired or cancelled, as {@code retiredCancelled} says; the reason's words tell which. */
    private static BlockStatus status(JsonNode holding) {
        var flag = holding.get("retiredCancelled");
        require(flag == null || flag.isNull() || flag.isBoolean(), QuarantineReason.WRONG_TYPE,
                "field 'retiredCancelled' is not true or false: " + flag);
        if (flag == null || !flag.asBoolean()) {
            return BlockStatus.ISSUED;
        }
        String reason = optional(holding, "retirementReason");
        return reason != null && reason.toLowerCase().contains("cancel") ? BlockStatus.CANCELLED : BlockStatus.RETIRED;
    }

    /**
     * The reason and the details, read whole for their words (the search gives no structured use)
     * and kept as far as the store keeps free text: the details can run to hundreds of characters.
     */
    private static BlockRecord.Retirement retirement(BlockStatus status, JsonNode holding, RetirementWords words) {
        if (status != BlockStatus.RETIRED) {
            return null;
        }
        String reason = optional(holding, "retirementReason");
        String details = optional(holding, "retirementDetails");
        String purpose = details == null ? reason : reason == null ? details : reason + ": " + details;
        return new BlockRecord.Retirement(date(holding, "retireOrCancelDate", null), BlockTexts.cut(purpose),
                optional(holding, "retirementBeneficiary"), words.useOf(purpose));
    }

    private static String unitType(JsonNode holding) {
        String type = optional(holding, "instrumentType");
        return type == null ? "VCU" : type;
    }
}
