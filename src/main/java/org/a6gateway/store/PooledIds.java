package org.a6gateway.store;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Row ids for rows written in JDBC batches, from a sequence of INCREMENT BY {@value #BLOCK}: a
 * value v stands for v-499..v, as Hibernate's pooled optimizer reads it (V13, V26), so rows
 * written here and entities numbered by the same sequence never collide. One sequence call per
 * 500 rows, and the writer knows each row's id without reading it back.
 */
public final class PooledIds {

    /** The sequences' INCREMENT BY, and the entities' allocationSize. */
    public static final int BLOCK = 500;

    private PooledIds() {
    }

    public static long[] next(JdbcTemplate jdbc, String sequence, int count) {
        var ids = new long[count];
        for (int i = 0; i < count; i += BLOCK) {
            Long top = jdbc.queryForObject("SELECT nextval('" + sequence + "')", Long.class);
            for (int j = 0; j < BLOCK && i + j < count; j++) {
                ids[i + j] = top - BLOCK + 1 + j;
            }
        }
        return ids;
    }
}
