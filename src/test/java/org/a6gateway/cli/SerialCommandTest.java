package org.a6gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SerialCommandTest {

    @Test
    void printsTheFieldsOfARealVerraSerialAsJson() throws Exception {
        var run = CliRun.of("serial", "16745-789819583-789840470-VCS-VCU-842-VER-MG-3-2312-01012021-31122021-1");

        assertThat(run.exitCode()).isZero();
        var json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("registry").asText()).isEqualTo("VCS");
        assertThat(json.get("project").asText()).isEqualTo("2312");
        assertThat(json.get("country").asText()).isEqualTo("MG");
        assertThat(json.get("vintage").asText()).isEqualTo("2021");
        assertThat(json.get("start").asLong()).isEqualTo(789819583L);
        assertThat(json.get("end").asLong()).isEqualTo(789840470L);
        assertThat(json.get("quantity").asLong()).isEqualTo(20888L);
    }

    @Test
    void readsAnExplicitlyNamedFormat() throws Exception {
        var run = CliRun.of("serial", "--format", "KOREAN", "KVS-MCC-KR-P0042-2025-17-1-250000");

        assertThat(run.exitCode()).isZero();
        var json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("unitSize").asText()).isEqualTo("0.001");
        assertThat(json.get("tonnes").asText()).isEqualTo("250");
    }

    @Test
    void aBadSerialPrintsThePreciseErrorAndExitsNonZero() {
        var run = CliRun.of("serial", "GS1-1-KE-GS74x5-16-2025-30645-608-30350");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip())
                .isEqualTo("a6-gateway: Gold Standard serial: field 'project' at position 13: expected digits, found 'x'");
    }
}
