package org.a6gateway.exports;

import java.math.BigDecimal;
import java.util.List;
import org.a6gateway.blocks.BlockLabel;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStatus;
import org.a6gateway.units.Serials;

/**
 * An export row in the model the API ingest fills ({@link BlockRecord}), so the authorization
 * rules judge an exported block exactly as they judge one read from a registry's API. A row
 * Verra's old view marks retired-or-cancelled becomes RETIRED with its retirement purpose saying
 * the export cannot tell; a transfer to a national registry is a cancellation in the private one.
 */
final class ExportBlocks {

    static final String NOT_TOLD_APART = "retired or cancelled (the export does not tell which)";

    private ExportBlocks() {
    }

    static String issuanceId(ExportRow row) {
        return Serials.parse(row.serial()).issuance();
    }

    static BlockRecord toBlock(ExportSource source, ExportRow row, List<BlockLabel> labels) {
        return new BlockRecord(source.registryName(), row.serial().strip() + "/" + row.activity(), 0, row.serial(),
                row.program(), source.unitType(), row.projectId(), row.projectName(), row.hostCountry(), row.vintageYear(),
                row.vintageStart(), row.vintageEnd(), issuanceId(row), row.issuanceDate(), row.blockStart(), row.blockEnd(),
                BigDecimal.ONE, status(row.activity()), null, retirement(row), labels, null);
    }

    private static BlockStatus status(Activity activity) {
        switch (activity) {
            case ISSUED:
                return BlockStatus.ISSUED;
            case RETIRED:
            case RETIRED_OR_CANCELLED:
                return BlockStatus.RETIRED;
            default:
                return BlockStatus.CANCELLED;
        }
    }

    private static BlockRecord.Retirement retirement(ExportRow row) {
        if (row.activity() == Activity.ISSUED) {
            return null;
        }
        var purpose = row.activity() == Activity.RETIRED_OR_CANCELLED ? NOT_TOLD_APART : row.reason();
        return new BlockRecord.Retirement(row.activityDate(), purpose, row.beneficiary());
    }
}
