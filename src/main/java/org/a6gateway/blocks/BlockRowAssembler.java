package org.a6gateway.blocks;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Folds the rows of {@link BlockRows}' join, one per label (or one for a block without any), into
 * one record per block; the rows of a block must come together (the queries order by its id last).
 * {@link #finish()} hands over the last block.
 */
final class BlockRowAssembler implements RowCallbackHandler {

    /** A block read with its row id. */
    interface RowAction {
        void accept(long row, BlockRecord block);
    }

    private final RowAction action;
    private long currentId = -1;
    private ResultRow current;
    private final List<BlockLabel> labels = new ArrayList<>();

    BlockRowAssembler(RowAction action) {
        this.action = action;
    }

    @Override
    public void processRow(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        if (current == null || id != currentId) {
            finish();
            currentId = id;
            current = ResultRow.of(rs);
        }
        String code = rs.getString("code");
        if (code != null) {
            labels.add(new BlockLabel(code, rs.getString("label_text"), rs.getString("authorization_id")));
        }
    }

    void finish() {
        if (current != null) {
            action.accept(currentId, current.toRecord(List.copyOf(labels)));
            current = null;
            labels.clear();
        }
    }

    /** A block's own columns; must read as {@link CreditBlock#toRecord()} does. */
    private record ResultRow(String sourceRegistry, String blockId, long sourceVersion, String serial, String program,
                             String unitType, String projectId, String projectName, String hostCountry, Integer vintageYear,
                             LocalDate vintageStart, LocalDate vintageEnd, String issuanceId, LocalDate issuanceDate,
                             long blockStart, long blockEnd, BigDecimal unitSize, BlockStatus status,
                             String holderAccount, LocalDate retirementDate, String retirementPurpose,
                             String retirementBeneficiary, RetirementUse retirementUse, String itmoFirstId, String itmoLastId,
                             String itmoRegistryId, Long itmoFirstUnit) {

        static ResultRow of(ResultSet rs) throws SQLException {
            return new ResultRow(rs.getString("source_registry"), rs.getString("block_id"), rs.getLong("source_version"),
                    rs.getString("serial"), rs.getString("program"), rs.getString("unit_type"),
                    rs.getString("project_id"), rs.getString("project_name"), rs.getString("host_country"),
                    rs.getObject("vintage_year", Integer.class), rs.getObject("vintage_start", LocalDate.class),
                    rs.getObject("vintage_end", LocalDate.class), rs.getString("issuance_id"),
                    rs.getObject("issuance_date", LocalDate.class), rs.getLong("block_start"), rs.getLong("block_end"),
                    rs.getBigDecimal("unit_size"), BlockStatus.valueOf(rs.getString("status")),
                    rs.getString("holder_account"), rs.getObject("retirement_date", LocalDate.class),
                    rs.getString("retirement_purpose"), rs.getString("retirement_beneficiary"),
                    retirementUse(rs.getString("retirement_use")),
                    rs.getString("itmo_first_id"), rs.getString("itmo_last_id"), rs.getString("itmo_registry_id"),
                    rs.getObject("itmo_first_unit", Long.class));
        }

        private static RetirementUse retirementUse(String stored) {
            return stored == null ? null : RetirementUse.valueOf(stored);
        }

        BlockRecord toRecord(List<BlockLabel> labels) {
            return new BlockRecord(sourceRegistry, blockId, sourceVersion, serial, program, unitType, projectId,
                    projectName, hostCountry, vintageYear, vintageStart, vintageEnd, issuanceId, issuanceDate,
                    blockStart, blockEnd, CreditBlock.exact(unitSize), status, holderAccount,
                    CreditBlock.retirement(retirementDate, retirementPurpose, retirementBeneficiary, retirementUse), labels,
                    CreditBlock.reference(itmoFirstId, itmoLastId, itmoRegistryId, itmoFirstUnit));
        }
    }
}
