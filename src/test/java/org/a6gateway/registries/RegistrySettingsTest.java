package org.a6gateway.registries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The registries as configured: a list, or the shorthand of one private and one national; a list the gateway cannot use refused in one line. */
class RegistrySettingsTest {

    private static Binder binder(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings));
    }

    private static Map<String, String> list(String... entries) {
        var settings = new LinkedHashMap<String, String>();
        for (int i = 0; i < entries.length; i++) {
            var parts = entries[i].split(" ");
            settings.put("a6.registries[" + i + "].id", parts[0]);
            settings.put("a6.registries[" + i + "].role", parts[1]);
            settings.put("a6.registries[" + i + "].url", "https://" + parts[0] + ".example/v1");
        }
        return settings;
    }

    @Test
    void aListIsReadInOrderWithDefaultsForProtocolAndPageSize() {
        var settings = list("verra private", "gs private", "kor-itmo national");
        settings.put("a6.registries[1].page-size", "50");
        settings.put("a6.registries[1].api-key", "secret");

        var registries = RegistrySettings.read(binder(settings));

        assertThat(registries).extracting(Registry::id).containsExactly("verra", "gs", "kor-itmo");
        assertThat(registries).extracting(Registry::role)
                .containsExactly(RegistryRole.PRIVATE, RegistryRole.PRIVATE, RegistryRole.NATIONAL);
        assertThat(registries).extracting(Registry::protocol).containsOnly("a6-v2");
        assertThat(registries).extracting(Registry::pageSize).containsExactly(200, 50, 200);
        assertThat(registries.get(1).apiKey()).isEqualTo("secret");
        assertThat(registries.get(1).toString()).doesNotContain("secret");
    }

    @Test
    void aHostPartyEachHasItsNationalRegistry() {
        var registries = new ConfiguredRegistries(RegistrySettings.read(binder(
                list("verra private", "kor-itmo national", "gha-itmo national"))));

        assertThat(registries.nationals()).extracting(Registry::id).containsExactly("kor-itmo", "gha-itmo");
        assertThat(registries.privates()).extracting(Registry::id).containsExactly("verra");
    }

    @Test
    void withoutAListTheShorthandNamesOnePrivateAndOneNational() {
        var registries = RegistrySettings.read(binder(Map.of("a6.vcm.url", "https://vcm.example/v1",
                "a6.national.url", "https://national.example/v1", "a6.vcm.page-size", "100")));

        assertThat(registries).extracting(Registry::id).containsExactly("vcm-registry", "national-registry");
        assertThat(registries.get(0).url()).isEqualTo("https://vcm.example/v1");
        assertThat(registries.get(0).pageSize()).isEqualTo(100);
    }

    @Test
    void blankUrlsAreNamedByTheirSetting() {
        var settings = list("verra private", "kor-itmo national");
        settings.put("a6.registries[0].url", " ");

        assertThat(RegistrySettings.missingUrls(binder(settings))).containsExactly("a6.registries[0].url");
        assertThat(RegistrySettings.missingUrls(binder(Map.of("a6.vcm.url", "https://vcm.example/v1"))))
                .containsExactly("a6.national.url");
    }

    @Test
    void aListTheGatewayCannotUseIsRefusedInOneLine() {
        assertRefused(list("verra private", "verra national"), "a6.registries[1].id: 'verra' names two registries");
        assertRefused(list("verra private"), "a6.registries names no national registry");
        assertRefused(list("itmo national"), "a6.registries names no private registry");
        assertRefused(list("Verra_1 private", "itmo national"), "a6.registries[0].id: 'Verra_1' is not a registry id");
        var noRole = list("verra private", "itmo national");
        noRole.remove("a6.registries[0].role");
        assertRefused(noRole, "a6.registries[0].role is not set");
        var hugePages = list("verra private", "itmo national");
        hugePages.put("a6.registries[0].page-size", "5000");
        assertRefused(hugePages, "a6.registries[0].page-size: 5000 is outside 1-1000");
    }

    private static void assertRefused(Map<String, String> settings, String line) {
        assertThatThrownBy(() -> RegistrySettings.read(binder(settings)))
                .isInstanceOf(RegistryNotConfigured.class).hasMessageStartingWith(line);
    }
}
