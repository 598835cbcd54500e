package org.a6gateway.api;

import static org.a6gateway.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.a6gateway.client.api.AuthorizationsApi;
import org.a6gateway.client.model.AuthorizationStatus;
import org.a6gateway.client.model.AuthorizationView;
import org.a6gateway.testing.ApiAccess;
import org.a6gateway.testing.SyncedGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;

/** Authorizations through the generated client after a sync: the 108 the national registry published, by Party, one in full. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = SyncedGateway.CONTEXT)
class AuthorizationsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    AuthorizationsApi authorizations;

    @BeforeEach
    void synced() {
        SyncedGateway.syncOnce(context, port);
        authorizations = new AuthorizationsApi(ApiAccess.client(context, port, "INTEGRATOR"));
    }

    @Test
    void theAuthorizationsArePagedAndFilteredByPartyAndStatus() {
        var ids = new HashSet<String>();
        for (int page = 0; page < 3; page++) {
            var one = authorizations.listAuthorizations(null, null, page, 50);
            assertThat(one.getTotal()).isEqualTo(111);
            one.getItems().forEach(a -> ids.add(a.getAuthorizationId()));
        }
        assertThat(ids).hasSize(111);

        var korea = authorizations.listAuthorizations("KOR", null, null, null);
        assertThat(korea.getTotal()).isEqualTo(12);
        assertThat(korea.getItems()).allSatisfy(a -> {
            assertThat(a.getParty()).isEqualTo("KOR");
            assertThat(a.getSynthetic()).isTrue();
        });
        assertThat(authorizations.listAuthorizations(null, AuthorizationStatus.REVOKED, null, null).getItems())
                .extracting(AuthorizationView::getAuthorizationId).containsExactlyInAnyOrder("KOR-KVS-S103", "KOR-KVS-S216");
    }

    @Test
    void anAuthorizationComesWithItsVersionPurposesTimeframeCapAndCooperativeApproach() {
        var madagascar = authorizations.getAuthorization("MDG-VCS-2312");
        assertThat(madagascar.getVersion()).isEqualTo(1);
        assertThat(madagascar.getStatus()).isEqualTo(AuthorizationStatus.ACTIVE);
        assertThat(madagascar.getPurposes()).containsExactly(AuthorizationView.PurposesEnum.NDC, AuthorizationView.PurposesEnum.OIMP);
        assertThat(madagascar.getFirstTransferDefinition()).isEqualTo(AuthorizationView.FirstTransferDefinitionEnum.AUTHORISATION);
        assertThat(madagascar.getCooperativeApproachId()).isEqualTo("CA0043");
        assertThat(madagascar.getCoveredActivities()).singleElement()
                .satisfies(c -> assertThat(c.getRegistry() + " " + c.getProjectId() + " " + c.getHostCountry()).isEqualTo("VCS 2312 MG"));

        // The amended synthetic authorization: version 2 caps it at 2,500 t.
        var amended = authorizations.getAuthorization("KOR-KVS-S104");
        assertThat(amended.getVersion()).isEqualTo(2);
        assertThat(amended.getQuantityCap()).isEqualTo(2_500L);
        assertThat(amended.getTimeframe()).isNotNull();
    }

    @Test
    void aBadFilterIsAProblem400NamingTheFieldAndAnUnknownAuthorizationIs404() {
        var http = ApiAccess.http(context, port, "INTEGRATOR");

        assertProblem(http.get().uri("/authorizations?party=kor").retrieve().toEntity(String.class), HttpStatus.BAD_REQUEST, "'party'");
        assertProblem(http.get().uri("/authorizations?size=1001").retrieve().toEntity(String.class), HttpStatus.BAD_REQUEST, "'size'");
        assertProblem(http.get().uri("/authorizations?status=LAPSED").retrieve().toEntity(String.class), HttpStatus.BAD_REQUEST, "status");
        assertProblem(http.get().uri("/authorizations/ATL-VCS-1").retrieve().toEntity(String.class), HttpStatus.NOT_FOUND,
                "no authorization 'ATL-VCS-1'");
    }
}
