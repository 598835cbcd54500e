package org.a6gateway.blocks;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.a6gateway.store.AnyOf;
import org.a6gateway.units.SerialRange;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Reads stored blocks with their labels in one query, row by row, for the readers that want many
 * blocks: through the entity each block's labels were one more query (the whole store was N+1),
 * and the persistence context had to be emptied block by block. Runs in the caller's transaction.
 */
final class BlockRows {

    /** Rows a database driver fetches at a time: PostgreSQL otherwise reads the whole result into memory. */
    private static final int FETCH_SIZE = 1_000;

    private static final String SELECT = "SELECT b.id, b.source_registry, b.block_id, b.source_version, b.serial,"
            + " b.program, b.unit_type, b.project_id, b.project_name, b.host_country, b.vintage_year, b.vintage_start,"
            + " b.vintage_end, b.issuance_id, b.issuance_date, b.block_start, b.block_end, b.unit_size, b.status,"
            + " b.holder_account, b.retirement_date, b.retirement_purpose, b.retirement_beneficiary, b.retirement_use,"
            + " b.itmo_first_id, b.itmo_last_id, b.itmo_registry_id, b.itmo_first_unit, l.code, l.label_text, l.authorization_id"
            + " FROM credit_block b LEFT JOIN credit_block_label l ON l.block_pk = b.id";

    private final JdbcTemplate jdbc;

    BlockRows(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
    }

    /** Every block in (program, issuance, first unit) order; id last keeps a block's label rows together. */
    void forEach(Consumer<BlockRecord> action) {
        read(" ORDER BY b.program, b.issuance_id, b.block_start, b.id", action);
    }

    /** The blocks of these projects (ix_credit_block_project, led by the project id), each project's by issuance and first unit. */
    void ofProjects(List<String> projectIds, Consumer<BlockRecord> action) {
        read(" WHERE " + AnyOf.in("b.project_id")
                + " ORDER BY b.program, b.project_id, b.host_country, b.issuance_id, b.block_start, b.id",
                action, AnyOf.texts(projectIds));
    }

    /**
     * The blocks of these issuance ids, of any program, in (program, issuance, first unit) order.
     * By issuance alone (V18's index): with the program as well, H2 took only the program from the
     * range index and scanned all of it.
     */
    void ofIssuances(List<String> issuanceIds, Consumer<BlockRecord> action) {
        read(" WHERE " + AnyOf.in("b.issuance_id") + " ORDER BY b.program, b.issuance_id, b.block_start, b.id",
                action, AnyOf.texts(issuanceIds));
    }

    /** The blocks the registry revoked, in (program, issuance, first unit) order. */
    void revoked(Consumer<BlockRecord> action) {
        read(" WHERE b.status = 'REVOKED' ORDER BY b.program, b.issuance_id, b.block_start, b.id", action);
    }

    /** A stored block and its row. */
    record Held(long row, BlockRecord block) {
    }

    /**
     * The blocks of a page (these block ids, a page's at most) the store holds from this registry,
     * whole, by block id. H2 reads a list of ids through an index only when its column leads the
     * index, so uq_credit_block leads with the block id (V23; with the source registry first every
     * page scanned the whole table).
     */
    Map<String, Held> held(String sourceRegistry, List<String> blockIds) {
        var held = new HashMap<String, Held>();
        if (!blockIds.isEmpty()) {
            read(" WHERE " + AnyOf.in("b.block_id") + " ORDER BY b.id", (row, block) -> {
                if (block.sourceRegistry().equals(sourceRegistry)) {
                    held.put(block.blockId(), new Held(row, block));
                }
            }, AnyOf.texts(blockIds));
        }
        return held;
    }

    /**
     * The blocks of this registry and program holding any unit of any of {@code ranges}, in one
     * query however many ranges are asked. The ranges' hull is checked first: a cheap bound that
     * spares most rows the comparison with every range.
     */
    void holding(String sourceRegistry, String program, List<SerialRange> ranges, Consumer<BlockRecord> action) {
        var firsts = ranges.stream().map(SerialRange::start).toList();
        var lasts = ranges.stream().map(SerialRange::end).toList();
        read(" WHERE b.program = ? AND b.source_registry = ? AND b.block_end >= ? AND b.block_start <= ?"
                + " AND EXISTS (SELECT 1 FROM UNNEST(?, ?) AS r(first_unit, last_unit)"
                + " WHERE b.block_end >= r.first_unit AND b.block_start <= r.last_unit) ORDER BY b.id",
                action, program, sourceRegistry, Collections.min(firsts), Collections.max(lasts),
                AnyOf.longs(firsts), AnyOf.longs(lasts));
    }

    /** Whether the store holds any block of the registry (ix_credit_block_registry: one probe). */
    boolean holdsAny(String sourceRegistry) {
        return !jdbc.queryForList("SELECT 1 FROM credit_block WHERE source_registry = ? FETCH FIRST 1 ROWS ONLY",
                Integer.class, sourceRegistry).isEmpty();
    }

    Set<String> blockIdsOf(String sourceRegistry) {
        var ids = new HashSet<String>();
        jdbc.query("SELECT block_id FROM credit_block WHERE source_registry = ?",
                (RowCallbackHandler) rs -> ids.add(rs.getString(1)), sourceRegistry);
        return ids;
    }

    /** The (program, issuance) pairs holding blocks of these projects (ix_credit_block_project), labels not read. */
    void issuancesOf(List<String> projectIds, Consumer<String[]> action) {
        jdbc.query("SELECT DISTINCT program, project_id, host_country, issuance_id FROM credit_block WHERE "
                + AnyOf.in("project_id"), (RowCallbackHandler) rs -> action.accept(new String[] {
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}), AnyOf.texts(projectIds));
    }

    /**
     * Every block in the reconciler's sweep order: the programs numbered per issuance by issuance
     * (in index order, as {@link #forEach}), then the programs numbered across issuances (Verra)
     * by first unit alone, their issuances merged. The sweep takes scopes in any order, each in one
     * piece; one query ordering both kinds together had to sort the whole table.
     */
    void forEachInSerialOrder(Collection<String> globallyNumbered, Consumer<BlockRecord> action) {
        var programs = placeholders(globallyNumbered.size());
        read(" WHERE b.program NOT IN (" + programs + ") ORDER BY b.program, b.issuance_id, b.block_start, b.id",
                action, globallyNumbered.toArray());
        read(" WHERE b.program IN (" + programs + ") ORDER BY b.program, b.block_start, b.issuance_id, b.id",
                action, globallyNumbered.toArray());
    }

    /** One program's blocks by first unit, as {@link #forEachInSerialOrder} gives a globally numbered one. */
    void ofProgramInSerialOrder(String program, Consumer<BlockRecord> action) {
        read(" WHERE b.program = ? ORDER BY b.program, b.block_start, b.issuance_id, b.id", action, program);
    }

    /**
     * The (program, issuance) pairs whose issuance id starts with a zero: a range of
     * ix_credit_block_issuance, the prefix checked within it. PostgreSQL reads {@code LIKE '0%'}
     * through a plain index only under the C collation; elsewhere it scanned the table (277 ms of
     * each incremental reconciliation at a million blocks).
     */
    void zeroPaddedIssuances(Consumer<String[]> action) {
        jdbc.query("SELECT DISTINCT program, issuance_id FROM credit_block"
                + " WHERE issuance_id >= '0' AND issuance_id < '1' AND issuance_id LIKE '0%'",
                (RowCallbackHandler) rs -> action.accept(new String[] {rs.getString(1), rs.getString(2)}));
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private void read(String rest, Consumer<BlockRecord> action, Object... args) {
        read(rest, (row, block) -> action.accept(block), args);
    }

    private void read(String rest, BlockRowAssembler.RowAction action, Object... args) {
        var assembler = new BlockRowAssembler(action);
        jdbc.query(SELECT + rest, assembler, args);
        assembler.finish();
    }
}
