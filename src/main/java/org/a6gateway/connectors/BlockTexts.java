package org.a6gateway.connectors;

import java.util.function.BiConsumer;
import org.a6gateway.store.ColumnWidth;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.quarantine.HostileText;

/**
 * The texts of a block a protocol module translated itself (not through a contract's schema),
 * checked as every ingest checks them before they are stored: length within the store's column,
 * identifiers in ASCII, no invisible or bidirectional controls in free text.
 */
public final class BlockTexts {

    /** Free text longer than the store keeps is cut to this, ending with an ellipsis. */
    public static final int FREE_TEXT_LIMIT = 300;

    private BlockTexts() {
    }

    public static BlockRecord checked(BlockRecord block, String publishedAs) {
        BiConsumer<String, String> check = (field, text) -> {
            if (text != null) {
                HostileText.check(publishedAs + "." + field, field, text);
            }
        };
        check.accept("blockId", block.blockId());
        check.accept("serial", block.serial());
        check.accept("program", block.program());
        check.accept("unitType", block.unitType());
        check.accept("projectId", block.projectId());
        check.accept("projectName", block.projectName());
        check.accept("issuanceId", block.issuanceId());
        if (block.retirement() != null) {
            check.accept("purpose", block.retirement().purpose());
            check.accept("beneficiary", block.retirement().beneficiary());
        }
        return block;
    }

    /** {@code text} cut to what the store keeps of free text; null stays null. */
    public static String cut(String text) {
        return ColumnWidth.fit(text, FREE_TEXT_LIMIT);
    }
}
