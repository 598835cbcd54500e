package org.a6gateway.blocks;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.a6gateway.store.AnyOf;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The store's blocks counted and summed per source registry, provenance and unit size (V20, V32), kept up to date by
 * each page stored, in its transaction: a block stored counts in its group, a block changed leaves
 * its old group for its new one. The summary then reads a row per group rather than grouping a
 * million blocks on every run. Runs in the caller's transaction.
 */
final class BlockTally {

    private final JdbcTemplate jdbc;

    BlockTally(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** What the groups are keyed by: everything of {@link BlockGroup} but its sums. */
    private record Key(String sourceRegistry, String program, String projectId, String hostCountry, Integer vintageYear,
                       LocalDate vintageStart, LocalDate vintageEnd, BigDecimal unitSize) {

        static Key of(BlockRecord b) {
            return new Key(b.sourceRegistry(), b.program(), b.projectId(), b.hostCountry(), b.vintageYear(), b.vintageStart(), b.vintageEnd(),
                    CreditBlock.exact(b.unitSize()));
        }
    }

    /** Counts {@code now} in and {@code before} out of their groups. */
    void move(Collection<BlockRecord> now, Collection<BlockRecord> before) {
        var deltas = new HashMap<Key, long[]>();
        now.forEach(b -> add(deltas, b, 1));
        before.forEach(b -> add(deltas, b, -1));
        deltas.values().removeIf(d -> d[0] == 0 && d[1] == 0);
        if (deltas.isEmpty()) {
            return;
        }
        var held = held(deltas.keySet().stream().map(Key::projectId).distinct().toList());
        var updates = new ArrayList<Object[]>();
        var inserts = new ArrayList<Object[]>();
        deltas.forEach((key, d) -> {
            if (held.containsKey(key)) {
                updates.add(new Object[] {d[0], d[1], held.get(key)});
            } else {
                inserts.add(new Object[] {key.sourceRegistry(), key.program(), key.projectId(), key.hostCountry(), key.vintageYear(),
                        key.vintageStart(), key.vintageEnd(), key.unitSize(), d[0], d[1]});
            }
        });
        if (!updates.isEmpty()) {
            jdbc.batchUpdate("UPDATE block_tally SET blocks = blocks + ?, units = units + ? WHERE id = ?", updates);
            // a group its last block left is gone, not kept at zero
            jdbc.batchUpdate("DELETE FROM block_tally WHERE id = ? AND blocks = 0",
                    updates.stream().map(u -> new Object[] {u[2]}).toList());
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO block_tally (source_registry, program, project_id, host_country, vintage_year,"
                    + " vintage_start, vintage_end, unit_size, blocks, units) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", inserts,
                    new int[] {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.DATE, Types.DATE,
                            Types.NUMERIC, Types.BIGINT, Types.BIGINT});
        }
    }

    /** Every group, each holding blocks, in no promised order. */
    void forEach(Consumer<BlockGroup> action) {
        jdbc.query("SELECT source_registry, program, project_id, host_country, vintage_year, vintage_start, vintage_end,"
                + " unit_size, blocks, units FROM block_tally", (RowCallbackHandler) rs -> action.accept(new BlockGroup(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, Integer.class),
                        rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), CreditBlock.exact(rs.getBigDecimal(8)),
                        rs.getLong(9), rs.getLong(10))));
    }

    private static void add(Map<Key, long[]> deltas, BlockRecord block, int sign) {
        var d = deltas.computeIfAbsent(Key.of(block), k -> new long[2]);
        d[0] += sign;
        d[1] += sign * block.quantity();
    }

    /** The row ids of the groups of these projects (ix_block_tally_project). */
    private Map<Key, Long> held(List<String> projectIds) {
        var held = new HashMap<Key, Long>();
        jdbc.query("SELECT id, source_registry, program, project_id, host_country, vintage_year, vintage_start, vintage_end,"
                + " unit_size FROM block_tally WHERE " + AnyOf.in("project_id"), (RowCallbackHandler) rs -> held.put(
                        new Key(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getObject(6, Integer.class),
                                rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
                                CreditBlock.exact(rs.getBigDecimal(9))), rs.getLong(1)), AnyOf.texts(projectIds));
        return held;
    }
}
