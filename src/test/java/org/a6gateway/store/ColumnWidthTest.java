package org.a6gateway.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnWidthTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "null, 5, null",
        "'', 5, ''",
        "abcde, 5, abcde",
        "abcdef, 5, abcd…",
        "VCS-1234-2020, 4, VCS…",
    })
    void aTextThatFitsStaysAsItIsALongerOneIsCutAndMarked(String text, int width, String fitted) {
        assertThat(ColumnWidth.fit(text, width)).isEqualTo(fitted);
        if (fitted != null) {
            assertThat(fitted.length()).isLessThanOrEqualTo(width);
        }
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "null, 5, null",
        "abcde, 5, abcde",
        "abcdef, 5, abcde",
    })
    void aPrefixIsCutUnmarkedAsRowsMatchedOnWereStored(String text, int width, String prefix) {
        assertThat(ColumnWidth.prefix(text, width)).isEqualTo(prefix);
    }
}
