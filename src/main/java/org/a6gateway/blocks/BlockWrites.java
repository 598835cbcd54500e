package org.a6gateway.blocks;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.a6gateway.store.AnyOf;
import org.a6gateway.store.PooledIds;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * Writes pages of blocks with plain JDBC batches. Through the entity, a page of 1,000 blocks cost
 * Hibernate more than the database (persisting, dirty checking and flushing each block and its
 * label collection was two thirds of the store's time even with batched inserts); here a page is
 * an insert batch, an update batch, one statement per 1,000 transfers and the labels'
 * batches. Runs in the caller's transaction.
 */
final class BlockWrites {

    private static final String COLUMNS = "source_version, serial, program, unit_type, project_id, project_name,"
            + " host_country, vintage_year, vintage_start, vintage_end, issuance_id, issuance_date, block_start,"
            + " block_end, quantity, unit_size, status, holder_account, retirement_date, retirement_purpose,"
            + " retirement_beneficiary, retirement_use, itmo_first_id, itmo_last_id, itmo_registry_id, itmo_first_unit,"
            + " ingested_at";
    private static final String INSERT = "INSERT INTO credit_block (" + COLUMNS + ", source_registry, block_id, id)"
            + " VALUES (" + "?, ".repeat(29) + "?)";
    private static final String UPDATE = "UPDATE credit_block SET " + COLUMNS.replace(",", " = ?,") + " = ? WHERE id = ?";

    /** Transfers written by one statement. */
    private static final int TRANSFERS = 1_000;

    private final JdbcTemplate jdbc;

    BlockWrites(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Row ids for new blocks, from the block sequence. */
    long[] newIds(int count) {
        return PooledIds.next(jdbc, "credit_block_seq", count);
    }

    void insert(String sourceRegistry, Map<Long, BlockRecord> rows, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        var entries = new ArrayList<>(rows.entrySet());
        jdbc.batchUpdate(INSERT, entries, entries.size(), (ps, row) -> {
            int next = setState(ps, row.getValue(), now);
            ps.setString(next, sourceRegistry);
            ps.setString(next + 1, row.getValue().blockId());
            ps.setLong(next + 2, row.getKey());
        });
        insertLabels(entries);
    }

    /** Replaces the rows' state and labels: a registry's labels on a block are its latest version's. */
    void update(Map<Long, BlockRecord> rows, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        var entries = new ArrayList<>(rows.entrySet());
        jdbc.batchUpdate(UPDATE, entries, entries.size(), (ps, row) -> ps.setLong(setState(ps, row.getValue(), now),
                row.getKey()));
        jdbc.batchUpdate("DELETE FROM credit_block_label WHERE block_pk = ?", entries, entries.size(),
                (ps, row) -> ps.setLong(1, row.getKey()));
        insertLabels(entries);
    }

    /**
     * Records new holders: the rows' version, holder and time, nothing else. A transfer leaves the
     * block's other columns and labels as they were, so rewriting them (and their indexes) is waste.
     * One statement per {@value #TRANSFERS} rows, the rows given as arrays: as many single-row
     * updates cost PostgreSQL a statement each (10,000 of them 196-551 ms against 74-93 ms this way,
     * measured on a million-block table; H2 194-476 ms against 157-386 ms).
     */
    void transfer(Map<Long, BlockRecord> rows, Instant now) {
        var at = new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        var entries = new ArrayList<>(rows.entrySet());
        for (int from = 0; from < entries.size(); from += TRANSFERS) {
            var part = entries.subList(from, Math.min(entries.size(), from + TRANSFERS));
            jdbc.update("MERGE INTO credit_block c USING (SELECT * FROM UNNEST(?, ?, ?)) AS t(id, version, holder)"
                    + " ON c.id = t.id WHEN MATCHED THEN UPDATE SET source_version = t.version, holder_account = t.holder,"
                    + " ingested_at = ?", AnyOf.longs(part.stream().map(Map.Entry::getKey).toList()),
                    AnyOf.longs(part.stream().map(e -> e.getValue().sourceVersion()).toList()),
                    AnyOf.texts(part.stream().map(e -> e.getValue().holderAccount()).toList()), at);
        }
    }

    /** Deletes the rows and their labels (no foreign key does it: this class is the labels' only writer). */
    void delete(Collection<Long> rows) {
        var ids = new ArrayList<>(rows);
        jdbc.batchUpdate("DELETE FROM credit_block_label WHERE block_pk = ?", ids, ids.size(), (ps, id) -> ps.setLong(1, id));
        jdbc.batchUpdate("DELETE FROM credit_block WHERE id = ?", ids, ids.size(), (ps, id) -> ps.setLong(1, id));
    }

    private void insertLabels(List<Map.Entry<Long, BlockRecord>> rows) {
        var labels = new ArrayList<Object[]>();
        for (var row : rows) {
            for (BlockLabel label : row.getValue().labels()) {
                labels.add(new Object[] {row.getKey(), label.code(), label.text(), label.authorizationId()});
            }
        }
        if (!labels.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO credit_block_label (block_pk, code, label_text, authorization_id)"
                    + " VALUES (?, ?, ?, ?)", labels);
        }
    }

    /** Sets COLUMNS from the record, in their order; returns the next parameter's index. */
    private static int setState(PreparedStatement ps, BlockRecord r, Instant now) throws SQLException {
        var retirement = r.retirement();
        var reference = r.itmoReference();
        int i = 1;
        ps.setLong(i++, r.sourceVersion());
        ps.setString(i++, r.serial());
        ps.setString(i++, r.program());
        ps.setString(i++, r.unitType());
        ps.setString(i++, r.projectId());
        ps.setString(i++, r.projectName());
        ps.setString(i++, r.hostCountry());
        ps.setObject(i++, r.vintageYear(), Types.INTEGER);
        ps.setObject(i++, r.vintageStart(), Types.DATE);
        ps.setObject(i++, r.vintageEnd(), Types.DATE);
        ps.setString(i++, r.issuanceId());
        ps.setObject(i++, r.issuanceDate(), Types.DATE);
        ps.setLong(i++, r.blockStart());
        ps.setLong(i++, r.blockEnd());
        ps.setLong(i++, r.quantity());
        ps.setBigDecimal(i++, r.unitSize());
        ps.setString(i++, r.status().name());
        ps.setString(i++, r.holderAccount());
        ps.setObject(i++, retirement == null ? null : retirement.date(), Types.DATE);
        ps.setString(i++, retirement == null ? null : retirement.purpose());
        ps.setString(i++, retirement == null ? null : retirement.beneficiary());
        ps.setString(i++, retirement == null ? null : retirement.use().name());
        ps.setString(i++, reference == null ? null : reference.firstItmoId());
        ps.setString(i++, reference == null ? null : reference.lastItmoId());
        ps.setString(i++, reference == null ? null : reference.registryId());
        ps.setObject(i++, reference == null ? null : reference.firstUnit(), Types.BIGINT);
        ps.setObject(i++, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
        return i;
    }
}
