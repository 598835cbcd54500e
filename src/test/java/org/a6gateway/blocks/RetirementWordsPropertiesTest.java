package org.a6gateway.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class RetirementWordsPropertiesTest {

    @Test
    void wordsConfiguredPerUseReplaceTheDefaultInTheirOrder() {
        var source = new MapConfigurationPropertySource(Map.of(
                "a6.retirement-words.VOLUNTARY_CLAIM", "(?i)compensation",
                "a6.retirement-words.CORSIA", "(?i)aviation"));
        var words = new Binder(source).bind("a6", RetirementWordsProperties.class).get().words();

        assertThat(words.useOf("Aviation offsetting")).isEqualTo(RetirementUse.CORSIA);
        assertThat(words.useOf("compensation")).isEqualTo(RetirementUse.VOLUNTARY_CLAIM);
        assertThat(words.useOf("CORSIA")).isEqualTo(RetirementUse.UNSPECIFIED);
    }

    @Test
    void noneConfiguredIsTheDefault() {
        var words = new Binder(new MapConfigurationPropertySource(Map.of("a6.vcm.page-size", "200")))
                .bind("a6", RetirementWordsProperties.class).orElse(new RetirementWordsProperties(null)).words();

        assertThat(words).isSameAs(RetirementWords.DEFAULT);
    }
}
