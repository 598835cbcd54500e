package org.a6gateway.vcm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.RetirementWords;
import org.a6gateway.feeds.UpstreamJson;
import org.a6gateway.quarantine.Refusal;
import org.a6gateway.testing.HostileCorpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile block of the corpus (hostile/vcm), read between two valid blocks of one page: it is
 * refused alone, with its reason naming the field, and both valid blocks are ingested. A few cases
 * are not refusals (an exact repeat, a higher version, an overlap the reconciliation reports).
 */
class HostileBlocksTest {

    private static final UpstreamJson JSON = HostileCorpus.upstreamJson();

    static Stream<Arguments> cases() {
        return HostileCorpus.cases("vcm");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aHostileBlockIsQuarantinedAloneAndTheRestOfItsPageIngested(String file, String expected, String detail,
                                                                     String refusedCount) throws Exception {
        String page = "[" + valid("HV-A", 1, 100) + ",\n" + HostileCorpus.read("vcm", file) + ",\n"
                + valid("HV-B", 101, 200) + "]";

        var reading = VcmChangeFeed.read("vcm-registry", JSON.mapper().readTree(page), JSON, RetirementWords.DEFAULT);

        var ids = reading.accepted().stream().map(BlockRecord::blockId).toList();
        assertThat(reading.refused()).as(reading.refused().toString()).hasSize(Integer.parseInt(refusedCount));
        assertThat(ids).contains("HV-B");
        if (expected.equals("ACCEPTED")) {
            assertThat(ids).contains("HV-A");
            return;
        }
        assertThat(reading.refused()).extracting(r -> r.reason().name()).as(reading.refused().toString())
                .containsOnly(expected);
        Refusal hostile = reading.refused().get(reading.refused().size() - 1);
        assertThat(hostile.detail()).contains(detail);
        if (!expected.equals("DUPLICATE_ID")) {
            assertThat(ids).containsExactly("HV-A", "HV-B");
        }
    }

    /** The corpus's base block (generate.py's VCM) with its own id and range. */
    static String valid(String id, long start, long end) {
        return """
                {"blockId": "%s", "version": 1, "serial": "GS1-1-KE-GS7495-16-2025-30645-%d-%d", "program": "GS",
                 "unitType": "VER", "projectId": "GS7495", "projectName": "Hostile corpus project", "hostCountry": "KE",
                 "vintageYear": 2025, "vintageStart": "2025-01-01", "vintageEnd": "2025-12-31", "issuanceId": "30645",
                 "issuanceDate": "2025-06-01", "blockStart": %d, "blockEnd": %d, "quantity": %d, "unitSize": "1",
                 "status": "ISSUED", "holderAccount": "ACC-1",
                 "labels": [{"code": "A6_AUTHORIZED_NDC", "text": "Article 6 Authorized – NDC Use", "authorizationId": "KE-1"}]}
                """.formatted(id, start, end, start, end, end - start + 1);
    }
}
