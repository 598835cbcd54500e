package org.a6gateway.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.a6gateway.feeds.UpstreamJson;
import org.a6gateway.quarantine.Refusal;
import org.a6gateway.testing.HostileCorpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile change of the corpus (hostile/national), read between a valid authorization and a
 * valid action of one page: it is refused alone with its reason, and both valid changes are read.
 */
class HostileChangesTest {

    private static final UpstreamJson JSON = HostileCorpus.upstreamJson();

    private static final String AUTHORIZATION = """
            {"sequence": 1, "kind": "AUTHORIZATION", "authorization": {
             "authorizationId": "HV-AUTH", "version": 1, "status": "ACTIVE", "party": "KEN", "date": "2024-05-01",
             "authorizationYear": 2024, "cooperativeApproachId": "CA0042", "purposes": ["NDC"],
             "firstTransferDefinition": "AUTHORISATION", "vintageFrom": 2021, "vintageTo": 2030, "quantityCap": 100000,
             "authorizedParties": ["CHE"], "coveredActivities": [{"registry": "GS", "projectId": "GS7495", "hostCountry": "KE"}]}}
            """;
    private static final String ACTION = """
            {"sequence": 2, "kind": "ACTION", "action": {
             "actionId": "HV-ACT", "type": "FIRST_TRANSFER", "date": "2025-01-01", "authorizationId": "HX-AUTH-1",
             "firstItmoId": "CA0042-KEN01-KEN-1001-2025", "lastItmoId": "CA0042-KEN01-KEN-2000-2025",
             "underlyingRegistry": "GS", "firstUnitId": "1001", "lastUnitId": "2000", "quantity": 1000, "vintage": 2025,
             "acquiringParty": "CHE"}}
            """;

    static Stream<Arguments> cases() {
        return HostileCorpus.cases("national");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aHostileChangeIsQuarantinedAloneAndTheRestOfItsPageRead(String file, String expected, String detail,
                                                                  String refusedCount) throws Exception {
        String page = "[" + AUTHORIZATION + ",\n" + HostileCorpus.read("national", file) + ",\n" + ACTION + "]";

        var reading = NationalChangeFeed.read("national-registry", JSON.mapper().readTree(page), JSON);

        var ids = reading.accepted().stream().map(NationalChange::recordId).toList();
        assertThat(reading.refused()).as(reading.refused().toString()).hasSize(Integer.parseInt(refusedCount));
        if (expected.equals("ACCEPTED")) {
            assertThat(ids).contains("AUTHORIZATION/HV-AUTH", "ACTION/HV-ACT");
            return;
        }
        // a duplicate costs the valid change it contradicts, never the other one
        assertThat(ids).hasSize(expected.equals("DUPLICATE_ID") ? 1 : 2);
        assertThat(reading.refused()).extracting(r -> r.reason().name()).as(reading.refused().toString())
                .containsOnly(expected);
        Refusal hostile = reading.refused().get(reading.refused().size() - 1);
        assertThat(reading.refused()).anySatisfy(r -> assertThat(r.detail()).contains(detail));
        if (!expected.equals("DUPLICATE_ID")) {
            assertThat(ids).containsExactly("AUTHORIZATION/HV-AUTH", "ACTION/HV-ACT");
            assertThat(hostile.detail()).contains(detail);
        }
    }
}
