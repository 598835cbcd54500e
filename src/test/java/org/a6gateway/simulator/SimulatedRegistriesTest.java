package org.a6gateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.a6gateway.national.client.model.Authorization;
import org.a6gateway.national.client.model.Change;
import org.a6gateway.national.client.model.ItmoPair;
import org.a6gateway.vcm.client.ApiClient;
import org.a6gateway.vcm.client.api.BlocksApi;
import org.a6gateway.vcm.client.api.LabelsApi;
import org.a6gateway.vcm.client.model.CreditBlock;
import org.a6gateway.vcm.client.model.Label;
import org.a6gateway.vcm.client.model.LabelCode;
import org.a6gateway.vcm.client.model.LabelCommand;
import org.a6gateway.vcm.client.model.SerialRangeRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/** The simulators answer both contracts through the generated clients, and writes show on the next read. */
class SimulatedRegistriesTest {

    private final RegistrySimulators simulators = RegistrySimulators.start(0, 0);
    private final ApiClient vcmClient = new ApiClient(RestClient.create()).setBasePath(simulators.vcmBaseUrl());
    private final BlocksApi blocks = new BlocksApi(vcmClient);
    private final LabelsApi labels = new LabelsApi(vcmClient);
    private final org.a6gateway.national.client.ApiClient nationalClient =
            new org.a6gateway.national.client.ApiClient(RestClient.create()).setBasePath(simulators.nationalBaseUrl());

    @AfterEach
    void stop() {
        simulators.close();
    }

    @Test
    void theBlockFeedHoldsTheRealSeedThenTheSyntheticDemo() {
        var feed = readBlockFeed(null);
        var all = feed.subList(0, 601);
        var demo = feed.subList(601, feed.size());
        var programme = demo.subList(0, 10);

        assertThat(all).hasSize(601);
        assertThat(all.stream().mapToLong(CreditBlock::getQuantity).sum()).isEqualTo(23_240_850L);
        assertThat(all.stream().map(CreditBlock::getHostCountry).distinct()).hasSize(14);
        assertThat(all).allSatisfy(b -> assertThat(b.getBlockEnd() - b.getBlockStart() + 1).isEqualTo(b.getQuantity()));
        assertThat(all.stream().map(CreditBlock::getBlockId).distinct()).hasSize(601);
        assertThat(all).noneMatch(b -> b.getProgram().equals("KVS"));
        // The Korean programme's 10 blocks, then the reconciliation demo's 19 (S201–S217), S218's 3
        // and S219's 2 (one of them held at another registry in the per-programme demo).
        assertThat(demo).hasSize(10 + 19 + 3 + 2).allSatisfy(b -> {
            assertThat(b.getProgram()).isEqualTo("KVS");
            assertThat(b.getHostCountry()).isEqualTo("KR");
            assertThat(b.getProjectName()).startsWith("SYNTHETIC ");
        });
        assertThat(demo.subList(10, demo.size())).allSatisfy(b -> assertThat(b.getProjectId()).startsWith("S2"));
        assertThat(programme).filteredOn(b -> b.getUnitType().equals("MCC")).singleElement()
                .satisfies(b -> assertThat(b.getUnitSize()).isEqualTo("0.001"));
    }

    @Test
    void theNationalFeedHoldsOneAuthorizationPerProjectAndCountry() {
        var changes = new org.a6gateway.national.client.api.ChangesApi(nationalClient).listChanges(null, 1000);
        var authorizations = changes.getItems().stream().map(Change::getAuthorization)
                .filter(a -> a != null && !Boolean.TRUE.equals(a.getSynthetic())).toList();

        assertThat(authorizations).hasSize(99);
        Authorization mdg2313 = authorizations.stream()
                .filter(a -> a.getAuthorizationId().equals("MDG-VCS-2313")).findFirst().orElseThrow();
        assertThat(mdg2313.getParty()).isEqualTo("MDG");
        assertThat(mdg2313.getAuthorizationYear()).isEqualTo(2024);
        assertThat(mdg2313.getCooperativeApproachId()).isEqualTo("CA0043");
        assertThat(mdg2313.getPublishedOnCarp()).isTrue();
        assertThat(mdg2313.getPurposes()).extracting(Enum::name).containsExactly("NDC", "OIMP");
        assertThat(mdg2313.getFirstTransferDefinition().getValue()).isEqualTo("AUTHORISATION");
        assertThat(mdg2313.getDocumentLinks())
                .containsExactly("https://registry.verra.org/verra/public/program/VCS/projects/2313");
        assertThat(mdg2313.getCoveredActivities()).singleElement()
                .satisfies(c -> assertThat(c.getProjectId() + c.getHostCountry() + c.getRegistry()).isEqualTo("2313MGVCS"));
    }

    /** The demo's ITMO ids are the ones the gateway mints: its serial embeds KVS issuance 1001, unit 1. */
    @Test
    void theNationalFeedEndsWithTheSyntheticDemoWhoseItmoIdsEmbedTheSerials() {
        var items = new org.a6gateway.national.client.api.ChangesApi(nationalClient).listChanges(null, 1000).getItems();
        var demo = items.subList(99, items.size());

        // The programme's 8 authorization records and the reconciliation demo's 7, then 2 + 7 actions,
        // 3 adjustments, and the 5 pairs the national registry holds of its own.
        assertThat(demo).extracting(c -> c.getKind().getValue()).containsExactlyElementsOf(Stream.of(
                Collections.nCopies(8 + 7, "AUTHORIZATION"), Collections.nCopies(2 + 7, "ACTION"),
                Collections.nCopies(3, "CORRESPONDING_ADJUSTMENT"), Collections.nCopies(5, "ITMO_PAIR"))
                .flatMap(List::stream).toList());
        var pairs = demo.subList(demo.size() - 5, demo.size());
        assertThat(demo.subList(0, demo.size() - 5)).allSatisfy(c -> assertThat(c.toString()).contains("synthetic: true"));
        assertThat(pairs).as("a pair carries no synthetic flag; its authorization is the demo's")
                .allSatisfy(c -> assertThat(c.getItmoPair().getAuthorizationId()).startsWith("KOR-KVS-S2"));
        var adjustment = demo.get(15 + 9).getCorrespondingAdjustment();
        assertThat(adjustment.getFirstItmoId()).isEqualTo("CA9901-KOR01-KOR-70000001001000000000001-2024");
        assertThat(adjustment.getLastItmoId()).isEqualTo("CA9901-KOR01-KOR-70000001001000000005000-2024");
        assertThat(adjustment.getQuantity()).isEqualTo(5000);
        var revoked = demo.get(6).getAuthorization();
        assertThat(revoked.getAuthorizationId() + " v" + revoked.getVersion() + " " + revoked.getStatus())
                .isEqualTo("KOR-KVS-S103 v2 REVOKED");
    }

    @Test
    void labellingTheMiddleOfABlockSplitsItInThreeAndTheFeedShowsIt() {
        var first = blocks.listBlockChanges(null, 1000);
        var target = first.getItems().stream().filter(b -> b.getQuantity() > 10).findFirst().orElseThrow();
        long from = target.getBlockStart() + 3;
        long to = target.getBlockEnd() - 3;

        var written = labels.applyLabel(key(), ndcLabel(target, from, to));

        assertThat(written.getBlocks()).singleElement()
                .satisfies(b -> assertThat(b.getQuantity()).isEqualTo(to - from + 1));
        var changed = readBlockFeed(first.getNextCursor());
        assertThat(changed).hasSize(3);
        assertThat(changed.stream().mapToLong(CreditBlock::getQuantity).sum()).isEqualTo(target.getQuantity());
        assertThat(changed).filteredOn(b -> b.getBlockId().equals(target.getBlockId())).singleElement()
                .satisfies(b -> assertThat(b.getVersion()).isEqualTo(2));
        assertThat(changed).filteredOn(b -> !b.getLabels().isEmpty()).singleElement()
                .satisfies(b -> assertThat(b.getLabels().get(0).getText()).isEqualTo("Article 6 Authorized \u2013 NDC Use"));
    }

    @Test
    void aRetriedCommandChangesNothingAndAReusedKeyIsAConflict() {
        var feed = blocks.listBlockChanges(null, 1000);
        var target = feed.getItems().get(0);
        var command = ndcLabel(target, target.getBlockStart(), target.getBlockEnd());
        var key = key();

        var once = labels.applyLabel(key, command);
        var again = labels.applyLabel(key, command);

        assertThat(again).isEqualTo(once);
        assertThat(readBlockFeed(feed.getNextCursor())).hasSize(1);
        var other = ndcLabel(target, target.getBlockStart(), target.getBlockStart());
        assertThatThrownBy(() -> labels.applyLabel(key, other))
                .isInstanceOfSatisfying(HttpClientErrorException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(409));
    }

    @Test
    void aRangeNoBlockHoldsIsAProblem404() {
        var target = blocks.listBlockChanges(null, 1).getItems().get(0);
        var outside = ndcLabel(target, target.getBlockEnd() + 1_000_000, target.getBlockEnd() + 1_000_010);

        assertThatThrownBy(() -> labels.applyLabel(key(), outside))
                .isInstanceOfSatisfying(HttpClientErrorException.class, e -> {
                    assertThat(e.getStatusCode().value()).isEqualTo(404);
                    assertThat(e.getResponseHeaders().getContentType()).hasToString("application/problem+json");
                });
    }

    @Test
    void aRegisteredPairAppearsInTheNationalFeed() {
        var changes = new org.a6gateway.national.client.api.ChangesApi(nationalClient);
        var before = changes.listChanges(null, 1000);
        var pair = new ItmoPair().firstItmoId("CA0043-MDG01-MDG-1000-2021").lastItmoId("CA0043-MDG01-MDG-1009-2021")
                .underlyingRegistry("VCS").firstUnitId("789819583").lastUnitId("789819592").quantity(10L);

        new org.a6gateway.national.client.api.ItmoPairsApi(nationalClient).registerItmoPair(key(), pair);

        var after = changes.listChanges(before.getNextCursor(), 100);
        assertThat(after.getItems()).singleElement().satisfies(c -> {
            assertThat(c.getKind()).isEqualTo(Change.KindEnum.ITMO_PAIR);
            assertThat(c.getItmoPair().getFirstItmoId()).isEqualTo("CA0043-MDG01-MDG-1000-2021");
        });
    }

    private List<CreditBlock> readBlockFeed(String cursor) {
        var all = new ArrayList<CreditBlock>();
        var seenCursors = new HashSet<String>();
        boolean more = true;
        while (more) {
            var page = blocks.listBlockChanges(cursor, 200);
            all.addAll(page.getItems());
            cursor = page.getNextCursor();
            more = page.getHasMore() && seenCursors.add(cursor);
        }
        return all;
    }

    private static LabelCommand ndcLabel(CreditBlock block, long from, long to) {
        return new LabelCommand()
                .range(new SerialRangeRef().program(block.getProgram()).issuanceId(block.getIssuanceId()).start(from).end(to))
                .label(new Label().code(LabelCode.A6_AUTHORIZED_NDC).text("Article 6 Authorized \u2013 NDC Use"));
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
