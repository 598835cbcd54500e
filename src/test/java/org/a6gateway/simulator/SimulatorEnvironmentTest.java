package org.a6gateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.a6gateway.registries.RegistryNotConfigured;
import org.a6gateway.registries.RegistrySettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The simulators start only for the registries left blank, under the default profile or when
 * asked for (another profile with a blank URL refuses to start); the simulated
 * private registry brings its demo Party's kilogram conversion, which any setting overrides.
 */
class SimulatorEnvironmentTest {

    private final StandardEnvironment env = new StandardEnvironment();

    SimulatorEnvironmentTest() {
        // What each case gives, not what the suite running it has in its environment (A6_SIMULATOR_ENABLED).
        env.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    }

    @AfterEach
    void stopStarted() {
        new SimulatorShutdown(env).destroy();
    }

    private void given(Map<String, Object> properties) {
        env.getPropertySources().addFirst(new MapPropertySource("given", properties));
        new SimulatorEnvironment().postProcessEnvironment(env, new SpringApplication());
    }

    /** The registries the gateway will talk to, as it reads them from the environment. */
    private String registry(int index, String field) {
        var registries = RegistrySettings.read(Binder.get(env));
        if (index >= registries.size()) {
            return null;
        }
        var r = registries.get(index);
        return switch (field) {
            case "id" -> r.id();
            case "role" -> r.role().name();
            case "url" -> r.url();
            default -> throw new IllegalArgumentException(field);
        };
    }

    @Test
    void bothBlankStartsTheDemosThreePrivateRegistriesAndTheNationalOne() {
        given(Map.of("a6.vcm.url", "", "a6.national.url", ""));

        assertThat(List.of(registry(0, "id"), registry(1, "id"), registry(2, "id"), registry(3, "id")))
                .containsExactly("verra", "gold-standard", "kvs", "national-registry");
        assertThat(List.of(registry(0, "role"), registry(1, "role"), registry(2, "role"), registry(3, "role")))
                .containsExactly("PRIVATE", "PRIVATE", "PRIVATE", "NATIONAL");
        for (int i = 0; i < 4; i++) {
            assertThat(registry(i, "url")).startsWith("http://127.0.0.1:").endsWith("/v1");
        }
        assertThat(registry(4, "id")).isNull();
    }

    @Test
    void aConfiguredRegistryIsLeftAlone() {
        given(Map.of("a6.vcm.url", "https://registry.example/v1", "a6.national.url", ""));

        assertThat(registry(0, "id")).isEqualTo("vcm-registry");
        assertThat(registry(0, "url")).isEqualTo("https://registry.example/v1");
        assertThat(registry(1, "id")).isEqualTo("national-registry");
        assertThat(registry(1, "url")).startsWith("http://127.0.0.1:");
        assertThat(registry(2, "id")).isNull();
        var started = (SimulatorEnvironment.Started) env.getPropertySources().get(SimulatorEnvironment.SOURCE);
        assertThat(started.simulators.servers()).hasSize(1);
    }

    @Test
    void disabledStartsNothing() {
        given(Map.of("a6.simulator.enabled", "false", "a6.vcm.url", "", "a6.national.url", ""));

        assertThat(registry(0, "url")).isEmpty();
        assertThat(env.getPropertySources().contains(SimulatorEnvironment.SOURCE)).isFalse();
    }

    @Test
    void theSimulatedPrivateRegistryBringsItsPartysConversion() {
        given(Map.of("a6.vcm.url", "", "a6.national.url", ""));

        assertThat(env.getProperty("a6.units.conversions.KVS.MCC")).isEqualTo("1000");
    }

    @Test
    void aConversionSetByTheOperatorWins() {
        given(Map.of("a6.vcm.url", "", "a6.national.url", "", "a6.units.conversions.KVS.MCC", "500"));

        assertThat(env.getProperty("a6.units.conversions.KVS.MCC")).isEqualTo("500");
    }

    @Test
    void aRealPrivateRegistryGetsNoDeclarationItsPartyDidNotMake() {
        given(Map.of("a6.vcm.url", "https://registry.example/v1", "a6.national.url", ""));

        assertThat(env.getProperty("a6.units.conversions.KVS.MCC")).isNull();
    }

    @Test
    void anotherProfileWithABlankUrlRefusesToStartNamingTheSetting() {
        env.setActiveProfiles("postgres");

        assertThatThrownBy(() -> given(Map.of("a6.vcm.url", "https://registry.example/v1", "a6.national.url", "")))
                .isInstanceOf(RegistryNotConfigured.class)
                .hasMessageStartingWith("a6.national.url is not set: under profile postgres");
        assertThat(env.getPropertySources().contains(SimulatorEnvironment.SOURCE)).isFalse();
    }

    @Test
    void anotherProfileRunsTheDemoWhenAskedTo() {
        env.setActiveProfiles("postgres");
        given(Map.of("a6.simulator.enabled", "true", "a6.vcm.url", "", "a6.national.url", ""));

        assertThat(registry(0, "url")).startsWith("http://127.0.0.1:");
    }

    @Test
    void aUrlGivenAfterTheSimulatorsStartedStillWins() {
        given(Map.of("a6.vcm.url", "", "a6.national.url", ""));
        env.getPropertySources().addFirst(new MapPropertySource("later", Map.of("a6.vcm.url", "https://registry.example/v1")));

        assertThat(registry(0, "id")).isEqualTo("vcm-registry");
        assertThat(registry(0, "url")).isEqualTo("https://registry.example/v1");
        assertThat(registry(1, "id")).isEqualTo("national-registry");
        assertThat(registry(1, "url")).startsWith("http://127.0.0.1:");
    }

    @Test
    void aListedRegistryWithoutItsUrlRefusesToStartUnderAnyProfile() {
        assertThatThrownBy(() -> given(Map.of("a6.registries[0].id", "verra", "a6.registries[0].role", "private",
                "a6.registries[0].url", "https://verra.example/v1", "a6.registries[1].id", "itmo",
                "a6.registries[1].role", "national")))
                .isInstanceOf(RegistryNotConfigured.class)
                .hasMessageStartingWith("a6.registries[1].url is not set: under profile default");
        assertThat(env.getPropertySources().contains(SimulatorEnvironment.SOURCE)).isFalse();
    }

    @Test
    void anotherProfileWithEveryRegistryConfiguredStartsNoSimulator() {
        env.setActiveProfiles("postgres");
        given(Map.of("a6.vcm.url", "https://registry.example/v1", "a6.national.url", "https://national.example/v1"));

        assertThat(env.getPropertySources().contains(SimulatorEnvironment.SOURCE)).isFalse();
    }
}
