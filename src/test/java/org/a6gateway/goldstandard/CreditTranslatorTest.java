package org.a6gateway.goldstandard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStatus;
import org.a6gateway.blocks.RetirementUse;
import org.a6gateway.blocks.RetirementWords;
import org.a6gateway.quarantine.QuarantineReason;
import org.a6gateway.quarantine.RecordRefused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Gold Standard's public API credits, from the real sample, into blocks; and what is refused, with why. */
class CreditTranslatorTest {

    static final String SAMPLE = "/registry-exports/gs_public_api_credits_sample.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode sample() {
        try (InputStream in = CreditTranslatorTest.class.getResourceAsStream(SAMPLE)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyCreditOfTheRealSampleIsABlockWithTheSampleFigures() {
        var sample = sample();
        var reading = CreditsFeed.read("gs", sample, RetirementWords.DEFAULT);

        assertThat(reading.refused()).isEmpty();
        assertThat(reading.accepted()).hasSize(sample.size());
        long published = 0;
        for (JsonNode credit : sample) {
            published += credit.get("number_of_credits").asLong();
        }
        assertThat(reading.accepted().stream().mapToLong(BlockRecord::quantity).sum()).isEqualTo(published);
        assertThat(reading.accepted()).extracting(BlockRecord::sourceRegistry).containsOnly("gs");
        assertThat(reading.accepted()).extracting(BlockRecord::program).containsOnly("GS");
    }

    @Test
    void oneCreditReadField_ByField() {
        var block = CreditTranslator.toRecord("gs", sample().get(0), RetirementWords.DEFAULT);

        assertThat(block.blockId()).isEqualTo("134202");
        assertThat(block.serial()).isEqualTo("GS1-1-IN-GS817-4-2012-1303-93-4644");
        assertThat(block.projectId()).isEqualTo("817");
        assertThat(block.hostCountry()).isEqualTo("IN");
        assertThat(block.issuanceId()).isEqualTo("1303");
        assertThat(block.range().start()).isEqualTo(93);
        assertThat(block.range().end()).isEqualTo(4644);
        assertThat(block.vintageYear()).isEqualTo(2012);
        assertThat(block.unitType()).isEqualTo("VER");
        assertThat(block.status()).isEqualTo(BlockStatus.RETIRED);
        assertThat(block.retirement().purpose()).isEqualTo("VER purchased");
        assertThat(block.retirement().use()).as("no words of a use").isEqualTo(RetirementUse.UNSPECIFIED);
        assertThat(block.sourceVersion()).isEqualTo(java.time.Instant.parse("2020-10-09T13:01:15Z").getEpochSecond());
    }

    @Test
    void onlyArticle6LabelsAreKept_InGoldStandardsWords() {
        var credit = (ObjectNode) sample().get(0).deepCopy();
        credit.withArray("labels").add("Article 6 Authorised - NDC use");

        var block = CreditTranslator.toRecord("gs", credit, RetirementWords.DEFAULT);

        assertThat(block.labels()).singleElement().satisfies(label -> {
            assertThat(label.code()).isEqualTo("A6_AUTHORIZED_NDC");
            assertThat(label.text()).isEqualTo("Article 6 Authorised - NDC use");
        });
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("a range the serial does not hold", (Consumer<ObjectNode>) c -> c.put("ending_credit_number", 4645),
                        QuarantineReason.INVALID_RANGE),
                Arguments.of("a count the range does not hold", (Consumer<ObjectNode>) c -> c.put("number_of_credits", 4551),
                        QuarantineReason.INVALID_QUANTITY),
                Arguments.of("another project than the serial's",
                        (Consumer<ObjectNode>) c -> ((ObjectNode) c.get("project")).put("sustaincert_id", 818),
                        QuarantineReason.INVALID_VALUE),
                Arguments.of("a status of another registry", (Consumer<ObjectNode>) c -> c.put("status", "PENDING"),
                        QuarantineReason.INVALID_VALUE),
                Arguments.of("a Verra serial", (Consumer<ObjectNode>) c -> c.put("serial_number",
                        "8040-449402275-449402275-VCU-042-MER-PE-14-1360-01072013-30062014-1"), QuarantineReason.MALFORMED_SERIAL),
                Arguments.of("no serial", (Consumer<ObjectNode>) c -> c.remove("serial_number"), QuarantineReason.MISSING_FIELD),
                Arguments.of("a count in words", (Consumer<ObjectNode>) c -> c.put("number_of_credits", "4552"),
                        QuarantineReason.WRONG_TYPE),
                Arguments.of("no version", (Consumer<ObjectNode>) c -> c.put("updated_at", "yesterday"),
                        QuarantineReason.INVALID_VALUE),
                Arguments.of("a vintage that is not a year", (Consumer<ObjectNode>) c -> c.put("vintage", "2012-13"),
                        QuarantineReason.VINTAGE_OUT_OF_RANGE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void refused(String what, Consumer<ObjectNode> change, QuarantineReason reason) {
        var credit = sample().get(0).deepCopy();
        change.accept((ObjectNode) credit);

        assertThatThrownBy(() -> CreditTranslator.toRecord("gs", credit, RetirementWords.DEFAULT))
                .isInstanceOf(RecordRefused.class).satisfies(e -> assertThat(((RecordRefused) e).reason()).isEqualTo(reason));
    }

    @Test
    void aRefusedCreditLeavesTheRestOfItsPageStored() {
        var page = sample().deepCopy();
        ((ObjectNode) page.get(2)).put("ending_credit_number", 1);

        var reading = CreditsFeed.read("gs", page, RetirementWords.DEFAULT);

        assertThat(reading.accepted()).hasSize(page.size() - 1);
        assertThat(reading.refused()).singleElement().satisfies(r -> {
            assertThat(r.recordId()).isEqualTo("134187");
            assertThat(r.reason()).isEqualTo(QuarantineReason.INVALID_RANGE);
        });
    }
}
