package org.a6gateway.authorization;

import org.a6gateway.units.LabelVocabulary;
import static org.a6gateway.outbox.LabelCommand.Action.APPLY;
import static org.a6gateway.outbox.LabelCommand.Action.REMOVE;
import static org.a6gateway.units.LabelCode.A6_AUTHORIZED_IMP;
import static org.a6gateway.units.LabelCode.A6_AUTHORIZED_NDC;
import static org.a6gateway.units.LabelCode.A6_AUTHORIZED_OP;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.a6gateway.blocks.BlockLabel;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStatus;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStatus;
import org.a6gateway.nationalrecords.CoveredActivity;
import org.a6gateway.nationalrecords.FirstTransferDefinition;
import org.a6gateway.outbox.LabelCommand;
import org.a6gateway.units.LabelCode;
import org.a6gateway.units.Purpose;
import org.a6gateway.units.SerialRange;
import org.junit.jupiter.api.Test;

/** The label rules on Madagascar's VCS 2312 (authorized 2024 for NDC and OIMP), case by case. */
class LabelDecisionsTest {

    private final LabelDecisions decisions = LabelDecisions.withVocabulary(LabelVocabulary.VERRA);

    static AuthorizationRecord authorization(AuthorizationStatus status, Set<Purpose> purposes, Long cap,
                                             Integer vintageFrom, Integer vintageTo, int version) {
        return new AuthorizationRecord("national-registry", "MDG-VCS-2312", version, status, "MDG", null, 2024,
                "CA0043", true, cap, "GHG", null, null, purposes, null, FirstTransferDefinition.AUTHORISATION,
                vintageFrom, vintageTo, null, null, null, null, null, null, null, null, null, null,
                List.of(new CoveredActivity("VCS", "2312", "MG")), false);
    }

    static AuthorizationRecord ndcAndOimp() {
        return authorization(AuthorizationStatus.ACTIVE, Set.of(Purpose.NDC, Purpose.OIMP), null, null, null, 1);
    }

    static BlockRecord block(String issuance, LocalDate issued, long start, long end, int vintage, BlockStatus status,
                             String unitSize, BlockLabel... labels) {
        return new BlockRecord("vcm-registry", "VCS-" + issuance + "-" + start, 1, issuance + "-" + start + "-" + end,
                "VCS", "VCU", "2312", null, "MG", vintage, LocalDate.of(vintage, 1, 1), LocalDate.of(vintage, 12, 31),
                issuance, issued, start, end, new BigDecimal(unitSize), status, "acct", null, Arrays.asList(labels), null);
    }

    static BlockRecord block(String issuance, LocalDate issued, long start, long end, BlockLabel... labels) {
        return block(issuance, issued, start, end, 2021, BlockStatus.ISSUED, "1", labels);
    }

    static BlockLabel label(LabelCode code, String authorizationId) {
        return new BlockLabel(code.name(), LabelVocabulary.VERRA.text(code), authorizationId);
    }

    static LabelCommand cmd(LabelCommand.Action action, LabelCode code, String issuance, long start, long end, int version) {
        return new LabelCommand(action, code, LabelVocabulary.VERRA.text(code), "VCS", issuance, SerialRange.of(start, end),
                "MDG-VCS-2312", version);
    }

    @Test
    void labelsEveryCoveredBlockOncePerAuthorizedUseWithTheRegistrysExactText() {
        var commands = decisions.decide(ndcAndOimp(), List.of(block("16745", LocalDate.of(2024, 5, 31), 1, 100)));

        assertThat(commands).containsExactlyInAnyOrder(cmd(APPLY, A6_AUTHORIZED_NDC, "16745", 1, 100, 1),
                cmd(APPLY, A6_AUTHORIZED_IMP, "16745", 1, 100, 1));
        assertThat(commands).extracting(LabelCommand::text).contains("Article 6 Authorized \u2013 NDC Use");
    }

    @Test
    void otherPurposesGetTheirOwnLabel() {
        var op = authorization(AuthorizationStatus.ACTIVE, Set.of(Purpose.OP), null, null, null, 1);

        assertThat(decisions.decide(op, List.of(block("1", LocalDate.of(2024, 1, 1), 1, 10))))
                .containsExactly(cmd(APPLY, A6_AUTHORIZED_OP, "1", 1, 10, 1));
    }

    @Test
    void blocksOfOtherProjectsAreNotTouched() {
        var other = new BlockRecord("vcm-registry", "x", 1, "s", "VCS", "VCU", "2313", null, "MG", 2021, null, null,
                "9", null, 1, 10, BigDecimal.ONE, BlockStatus.ISSUED, null, null, List.of(), null);

        assertThat(decisions.decide(ndcAndOimp(), List.of(other))).isEmpty();
    }

    @Test
    void theCapIsTakenInIssuanceOrderAndCutsTheBlockThatCrossesIt() {
        var capped = authorization(AuthorizationStatus.ACTIVE, Set.of(Purpose.NDC), 150L, null, null, 2);
        var later = block("200", LocalDate.of(2025, 1, 1), 1001, 1100);
        var earlier = block("100", LocalDate.of(2024, 1, 1), 1, 100);

        assertThat(decisions.decide(capped, List.of(later, earlier))).containsExactly(
                cmd(APPLY, A6_AUTHORIZED_NDC, "100", 1, 100, 2), cmd(APPLY, A6_AUTHORIZED_NDC, "200", 1001, 1050, 2));
    }

    @Test
    void aCapExactlyAtABlockBoundaryLabelsNothingBeyondIt() {
        var capped = authorization(AuthorizationStatus.ACTIVE, Set.of(Purpose.NDC), 100L, null, null, 1);

        assertThat(decisions.decide(capped, List.of(block("100", LocalDate.of(2024, 1, 1), 1, 100),
                block("200", LocalDate.of(2025, 1, 1), 1001, 1100))))
                .containsExactly(cmd(APPLY, A6_AUTHORIZED_NDC, "100", 1, 100, 1));
    }

    @Test
    void aCapInTonnesCountsKilogramMicroCreditsExactly() {
        var capped = authorization(AuthorizationStatus.ACTIVE, Set.of(Purpose.NDC), 1L, null, null, 1);
        var micro = block("7", LocalDate.of(2025, 1, 1), 1, 2500, 2021, BlockStatus.ISSUED, "0.001");

        assertThat(decisions.decide(capped, List.of(micro))).containsExactly(cmd(APPLY, A6_AUTHORIZED_NDC, "7", 1, 1000, 1));
    }

    @Test
    void vintagesOnTheEdgesOfTheTimeframe() {
        var from2021 = authorization(AuthorizationStatus.ACTIVE, Set.of(Purpose.NDC), null, 2021, 2030, 1);
        var from2022 = authorization(AuthorizationStatus.ACTIVE, Set.of(Purpose.NDC), null, 2022, 2030, 1);
        var upTo2020 = authorization(AuthorizationStatus.ACTIVE, Set.of(Purpose.NDC), null, 2015, 2020, 1);
        var v2021 = List.of(block("1", LocalDate.of(2024, 1, 1), 1, 10));

        assertThat(decisions.decide(from2021, v2021)).hasSize(1);
        assertThat(decisions.decide(from2022, v2021)).isEmpty();
        assertThat(decisions.decide(upTo2020, v2021)).isEmpty();
    }

    @Test
    void blocksAlreadyLabelledGiveNoCommand() {
        var labelled = block("16745", LocalDate.of(2024, 5, 31), 1, 100,
                label(A6_AUTHORIZED_NDC, "MDG-VCS-2312"), label(A6_AUTHORIZED_IMP, "MDG-VCS-2312"));

        assertThat(decisions.decide(ndcAndOimp(), List.of(labelled))).isEmpty();
    }

    @Test
    void aRevokedAuthorizationRemovesItsLabels() {
        var revoked = authorization(AuthorizationStatus.REVOKED, Set.of(Purpose.NDC), null, null, null, 2);
        var labelled = block("1", LocalDate.of(2024, 1, 1), 1, 100, label(A6_AUTHORIZED_NDC, "MDG-VCS-2312"));

        assertThat(decisions.decide(revoked, List.of(labelled))).containsExactly(cmd(REMOVE, A6_AUTHORIZED_NDC, "1", 1, 100, 2));
    }

    @Test
    void unitsThatLoseTheirAuthorizationLoseTheAdjustedLabelFirst() {
        var capped = authorization(AuthorizationStatus.ACTIVE, Set.of(Purpose.NDC), 60L, null, null, 2);
        var adjusted = block("1", LocalDate.of(2024, 1, 1), 1, 100, label(A6_AUTHORIZED_NDC, "MDG-VCS-2312"),
                label(LabelCode.A6_CORRESPONDINGLY_ADJUSTED, "MDG-VCS-2312"));

        assertThat(decisions.decide(capped, List.of(adjusted))).containsExactly(
                cmd(REMOVE, LabelCode.A6_CORRESPONDINGLY_ADJUSTED, "1", 61, 100, 2), cmd(REMOVE, A6_AUTHORIZED_NDC, "1", 61, 100, 2));
        var revoked = authorization(AuthorizationStatus.REVOKED, Set.of(Purpose.NDC), null, null, null, 3);
        assertThat(decisions.decide(revoked, List.of(adjusted))).containsExactly(
                cmd(REMOVE, LabelCode.A6_CORRESPONDINGLY_ADJUSTED, "1", 1, 100, 3), cmd(REMOVE, A6_AUTHORIZED_NDC, "1", 1, 100, 3));
    }

    @Test
    void anAmendmentThatLowersTheCapRemovesTheLabelFromTheTailOnly() {
        var amended = authorization(AuthorizationStatus.ACTIVE, Set.of(Purpose.NDC), 60L, null, null, 2);
        var labelled = block("1", LocalDate.of(2024, 1, 1), 1, 100, label(A6_AUTHORIZED_NDC, "MDG-VCS-2312"));

        assertThat(decisions.decide(amended, List.of(labelled))).containsExactly(cmd(REMOVE, A6_AUTHORIZED_NDC, "1", 61, 100, 2));
    }

    @Test
    void anAmendmentThatDropsAPurposeRemovesThatLabel() {
        var ndcOnly = authorization(AuthorizationStatus.ACTIVE, Set.of(Purpose.NDC), null, null, null, 2);
        var labelled = block("1", LocalDate.of(2024, 1, 1), 1, 100,
                label(A6_AUTHORIZED_NDC, "MDG-VCS-2312"), label(A6_AUTHORIZED_IMP, "MDG-VCS-2312"));

        assertThat(decisions.decide(ndcOnly, List.of(labelled))).containsExactly(cmd(REMOVE, A6_AUTHORIZED_IMP, "1", 1, 100, 2));
    }

    @Test
    void creditsTheRegistryRevokedLoseTheirLabels() {
        var revokedBlock = block("1", LocalDate.of(2024, 1, 1), 1, 100, 2021, BlockStatus.REVOKED, "1",
                label(A6_AUTHORIZED_NDC, "MDG-VCS-2312"));

        assertThat(decisions.decide(ndcAndOimp(), List.of(revokedBlock))).containsExactly(cmd(REMOVE, A6_AUTHORIZED_NDC, "1", 1, 100, 1));
    }

    @Test
    void retiredCreditsKeepTheirLabels() {
        var retired = block("1", LocalDate.of(2024, 1, 1), 1, 100, 2021, BlockStatus.RETIRED, "1",
                label(A6_AUTHORIZED_NDC, "MDG-VCS-2312"), label(A6_AUTHORIZED_IMP, "MDG-VCS-2312"));

        assertThat(decisions.decide(ndcAndOimp(), List.of(retired))).isEmpty();
    }

    @Test
    void labelsOfAnotherAuthorizationAreLeftAlone() {
        var revoked = authorization(AuthorizationStatus.REVOKED, Set.of(Purpose.NDC), null, null, null, 2);
        var labelledByOther = block("1", LocalDate.of(2024, 1, 1), 1, 100, label(A6_AUTHORIZED_NDC, "MDG-VCS-OTHER"));

        assertThat(decisions.decide(revoked, List.of(labelledByOther))).isEmpty();
        assertThat(decisions.decide(ndcAndOimp(), List.of(labelledByOther)))
                .containsExactly(cmd(APPLY, A6_AUTHORIZED_IMP, "1", 1, 100, 1));
    }
}
