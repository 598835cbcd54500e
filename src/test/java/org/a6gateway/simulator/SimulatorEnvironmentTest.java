package org.a6gateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
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

    @Test
    void bothBlankStartsBoth() {
        given(Map.of("a6.vcm.url", "", "a6.national.url", ""));

        assertThat(env.getProperty("a6.vcm.url")).startsWith("http://127.0.0.1:").endsWith("/v1");
        assertThat(env.getProperty("a6.national.url")).startsWith("http://127.0.0.1:").endsWith("/v1");
    }

    @Test
    void aConfiguredRegistryIsLeftAlone() {
        given(Map.of("a6.vcm.url", "https://registry.example/v1", "a6.national.url", ""));

        assertThat(env.getProperty("a6.vcm.url")).isEqualTo("https://registry.example/v1");
        assertThat(env.getProperty("a6.national.url")).startsWith("http://127.0.0.1:");
        var started = (SimulatorEnvironment.Started) env.getPropertySources().get(SimulatorEnvironment.SOURCE);
        assertThat(started.simulators.servers()).hasSize(1);
    }

    @Test
    void disabledStartsNothing() {
        given(Map.of("a6.simulator.enabled", "false", "a6.vcm.url", "", "a6.national.url", ""));

        assertThat(env.getProperty("a6.vcm.url")).isEmpty();
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

        assertThat(env.getProperty("a6.vcm.url")).startsWith("http://127.0.0.1:");
    }

    @Test
    void anotherProfileWithEveryRegistryConfiguredStartsNoSimulator() {
        env.setActiveProfiles("postgres");
        given(Map.of("a6.vcm.url", "https://registry.example/v1", "a6.national.url", "https://national.example/v1"));

        assertThat(env.getPropertySources().contains(SimulatorEnvironment.SOURCE)).isFalse();
    }
}
