package org.a6gateway.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RetirementWordsTest {

    /** Registries' own wordings (real and made up) and the use the default words read in them. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "CORSIA offsetting, first phase | CORSIA",
        "Retired for CORSIA compliance by an airline | CORSIA",
        "Voluntary claim (company net-zero target) | VOLUNTARY_CLAIM",
        "voluntary CORSIA-style offsetting | VOLUNTARY_CLAIM",
        "Carbon neutral product line | VOLUNTARY_CLAIM",
        "Use towards the host's NDC | NDC",
        "Counted towards the Nationally Determined Contribution | NDC",
        "other international mitigation purposes | OIMP",
        "retired on behalf of ACME Ltd | UNSPECIFIED",
        "'' | UNSPECIFIED",
        "null | UNSPECIFIED",
        "corsiaX programme | UNSPECIFIED"})
    void theDefaultWordsReadTheUseAndNothingElse(String purpose, RetirementUse use) {
        assertThat(RetirementWords.DEFAULT.useOf(purpose)).isEqualTo(use);
    }

    @Test
    void configuredWordsAreTriedInTheirOrderAndAStructuredUseWinsOverWords() {
        var patterns = new LinkedHashMap<RetirementUse, Pattern>();
        patterns.put(RetirementUse.NDC, Pattern.compile("(?i)compensation nationale"));
        patterns.put(RetirementUse.VOLUNTARY_CLAIM, Pattern.compile("(?i)compensation"));
        var words = new RetirementWords(patterns);

        assertThat(words.useOf("Compensation nationale 2025")).isEqualTo(RetirementUse.NDC);
        assertThat(words.useOf("compensation volontaire")).isEqualTo(RetirementUse.VOLUNTARY_CLAIM);
        assertThat(words.useOf("CORSIA")).as("only the configured words count").isEqualTo(RetirementUse.UNSPECIFIED);
        assertThat(new BlockRecord.Retirement(LocalDate.of(2025, 1, 1), "voluntary", null, RetirementUse.CORSIA).use())
                .isEqualTo(RetirementUse.CORSIA);
    }
}
