package org.a6gateway.vcm;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.a6gateway.blocks.BlockLabel;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStatus;
import org.a6gateway.blocks.RetirementUse;
import org.a6gateway.blocks.RetirementWords;
import org.a6gateway.feeds.UpstreamJson;
import org.a6gateway.quarantine.RecordShape;
import org.a6gateway.vcm.client.model.CreditBlock;
import org.a6gateway.vcm.client.model.ItmoReference;
import org.a6gateway.vcm.client.model.Label;
import org.a6gateway.vcm.client.model.Retirement;

/** Translates the private registry's published block into the gateway's model, nothing more. */
final class BlockTranslator {

    private BlockTranslator() {
    }

    /** Checks one record of a page strictly (types, text, domain) before translating it; throws RecordRefused. */
    static BlockRecord toRecord(String registry, JsonNode node, UpstreamJson json, RetirementWords words) {
        RecordShape.check(node, CreditBlock.class);
        var block = json.bind(node, CreditBlock.class);
        BlockChecks.check(block);
        return toRecord(registry, block, words);
    }

    static BlockRecord toRecord(String registry, CreditBlock b, RetirementWords words) {
        var record = new BlockRecord(registry, b.getBlockId(), b.getVersion(), b.getSerial(), b.getProgram(),
                b.getUnitType(), b.getProjectId(), b.getProjectName(), b.getHostCountry(), b.getVintageYear(),
                b.getVintageStart(), b.getVintageEnd(), b.getIssuanceId(), b.getIssuanceDate(),
                b.getBlockStart(), b.getBlockEnd(), new BigDecimal(b.getUnitSize()),
                BlockStatus.valueOf(b.getStatus().getValue()), b.getHolderAccount(),
                retirement(b.getRetirement(), words), b.getLabels().stream().map(BlockTranslator::label).toList(),
                itmoReference(b.getItmoReference()));
        requireConsistentQuantity(record, b.getQuantity());
        return record;
    }

    /** The most common bug in peer systems is an off-by-one count: refuse a block that has one. */
    private static void requireConsistentQuantity(BlockRecord record, long published) {
        if (record.quantity() != published) {
            throw new IllegalArgumentException("block " + record.blockId() + " publishes quantity " + published
                    + " but its range " + record.blockStart() + "-" + record.blockEnd() + " holds "
                    + record.quantity());
        }
    }

    private static BlockLabel label(Label l) {
        return new BlockLabel(l.getCode().getValue(), l.getText(), l.getAuthorizationId());
    }

    /** The registry's structured use when it gives one; else what its words map to (a claim when they map to none). */
    private static BlockRecord.Retirement retirement(Retirement r, RetirementWords words) {
        if (r == null) {
            return null;
        }
        var use = r.getUseType() != null ? RetirementUse.valueOf(r.getUseType().getValue()) : words.useOf(r.getPurpose());
        return new BlockRecord.Retirement(r.getDate(), r.getPurpose(), r.getBeneficiary(), use);
    }

    private static BlockRecord.ItmoReference itmoReference(ItmoReference r) {
        return r == null ? null
                : new BlockRecord.ItmoReference(r.getFirstItmoId(), r.getLastItmoId(), r.getNationalRegistry(), r.getFirstUnit());
    }
}
