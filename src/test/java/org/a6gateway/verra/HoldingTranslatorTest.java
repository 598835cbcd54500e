package org.a6gateway.verra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStatus;
import org.a6gateway.blocks.RetirementWords;
import org.a6gateway.quarantine.QuarantineReason;
import org.a6gateway.quarantine.RecordRefused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Verra's registry search, from the real sample, into blocks; and what is refused, with why. */
class HoldingTranslatorTest {

    static final String SAMPLE = "/registry-exports/verra_api_search_response_sample.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode sample() {
        try (InputStream in = HoldingTranslatorTest.class.getResourceAsStream(SAMPLE)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyHoldingOfTheRealSampleIsABlockWithTheSampleFigures() {
        var holdings = sample().get("value");
        var reading = SearchFeed.read("verra", holdings, RetirementWords.DEFAULT);

        assertThat(reading.refused()).isEmpty();
        assertThat(reading.accepted()).hasSize(sample().get("totalCount").asInt()).hasSize(holdings.size());
        long published = 0;
        for (JsonNode holding : holdings) {
            published += holding.get("quantity").asLong();
        }
        assertThat(reading.accepted().stream().mapToLong(BlockRecord::quantity).sum()).isEqualTo(published);
        assertThat(reading.accepted()).extracting(BlockRecord::status).containsOnly(BlockStatus.RETIRED);
    }

    @Test
    void oneHoldingReadField_ByField() {
        var block = HoldingTranslator.toRecord("verra", sample().get("value").get(10), RetirementWords.DEFAULT);

        assertThat(block.blockId()).isEqualTo("203704");
        assertThat(block.program()).isEqualTo("VCS");
        assertThat(block.projectId()).isEqualTo("1360");
        assertThat(block.hostCountry()).isEqualTo("PE");
        assertThat(block.issuanceId()).isNotBlank();
        assertThat(block.range().start()).isEqualTo(449402293L);
        assertThat(block.range().end()).isEqualTo(449402297L);
        assertThat(block.vintageYear()).isEqualTo(2013);
        assertThat(block.vintageEnd()).isEqualTo(LocalDate.of(2014, 6, 30));
        assertThat(block.issuanceDate()).isEqualTo(LocalDate.of(2020, 3, 20));
        assertThat(block.retirement().date()).isEqualTo(LocalDate.of(2023, 6, 14));
        assertThat(block.retirement().beneficiary()).startsWith("GDZTF5ELO5");
        assertThat(block.sourceVersion()).isEqualTo(1);
    }

    @Test
    void longDetailsAreReadWholeForTheUse_AndKeptAsFarAsTheStoreKeepsFreeText() {
        var holding = (ObjectNode) sample().get("value").get(10).deepCopy();
        holding.put("retirementDetails", "x".repeat(400) + " for CORSIA");

        var block = HoldingTranslator.toRecord("verra", holding, RetirementWords.DEFAULT);

        assertThat(block.retirement().use()).isEqualTo(org.a6gateway.blocks.RetirementUse.CORSIA);
        assertThat(block.retirement().purpose()).hasSize(300).startsWith("Retirement for Person or Organization: x").endsWith("…");
    }

    @Test
    void article6LabelsAreReadFromTheAdditionalCertifications_InVerrasWords() {
        var holding = (ObjectNode) sample().get("value").get(10).deepCopy();
        holding.put("additionalCertifications", "CCB-Gold; Article 6 Authorized \u2013 NDC Use");

        var block = HoldingTranslator.toRecord("verra", holding, RetirementWords.DEFAULT);

        assertThat(block.labels()).extracting(l -> l.code()).containsExactly("A6_AUTHORIZED_NDC");
        assertThat(HoldingTranslator.toRecord("verra", sample().get("value").get(10), RetirementWords.DEFAULT).labels())
                .as("CCB-Gold alone").isEmpty();
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("a quantity the serial does not hold", (Consumer<ObjectNode>) h -> h.put("quantity", 6),
                        QuarantineReason.INVALID_QUANTITY),
                Arguments.of("another project than the serial's", (Consumer<ObjectNode>) h -> h.put("resourceIdentifier", "1361"),
                        QuarantineReason.INVALID_VALUE),
                Arguments.of("a Gold Standard serial", (Consumer<ObjectNode>) h -> h.put("serialNumbers",
                        "GS1-1-IN-GS817-4-2012-1303-93-4644"), QuarantineReason.MALFORMED_SERIAL),
                Arguments.of("no holding id", (Consumer<ObjectNode>) h -> h.remove("holdingIdentifier"), QuarantineReason.MISSING_FIELD),
                Arguments.of("a quantity in words", (Consumer<ObjectNode>) h -> h.put("quantity", "5"), QuarantineReason.WRONG_TYPE),
                Arguments.of("a flag in words", (Consumer<ObjectNode>) h -> h.put("retiredCancelled", "yes"), QuarantineReason.WRONG_TYPE),
                Arguments.of("a date that is none", (Consumer<ObjectNode>) h -> h.put("retireOrCancelDate", "14/06/2023"),
                        QuarantineReason.INVALID_VALUE),
                Arguments.of("a project name longer than the store keeps",
                        (Consumer<ObjectNode>) h -> h.put("resourceName", "x".repeat(301)), QuarantineReason.OVERLONG_VALUE),
                Arguments.of("a right-to-left override in the beneficiary",
                        (Consumer<ObjectNode>) h -> h.put("retirementBeneficiary", "ACME\u202Eevil"), QuarantineReason.SPOOFED_CHARACTER),
                Arguments.of("a look-alike letter in the holding id",
                        (Consumer<ObjectNode>) h -> h.put("holdingIdentifier", "2037\u04210"), QuarantineReason.SPOOFED_CHARACTER));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void refused(String what, Consumer<ObjectNode> change, QuarantineReason reason) {
        var holding = sample().get("value").get(10).deepCopy();
        change.accept((ObjectNode) holding);

        assertThatThrownBy(() -> HoldingTranslator.toRecord("verra", holding, RetirementWords.DEFAULT))
                .isInstanceOf(RecordRefused.class).satisfies(e -> assertThat(((RecordRefused) e).reason()).isEqualTo(reason));
    }
}
