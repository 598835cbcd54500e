package org.a6gateway.jobs;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The lease rows (V8__instance_lease.sql). Every change is one conditional statement, so two
 * instances racing for a lease cannot both win: the UPDATE matches only a row this holder has or
 * that expired, and the INSERT of a new row fails on the primary key for the slower one.
 */
@Repository
class InstanceLeaseTable {

    record Lease(String holder, OffsetDateTime expiresAt) {
    }

    // Seconds, as an integer times an interval: the one spelling H2 and PostgreSQL both take.
    private static final String EXPIRY = "current_timestamp + cast(? as integer) * interval '1' second";

    private final JdbcTemplate jdbc;

    InstanceLeaseTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes or renews the lease for {@code holder}; false when another holder's lease has not expired. */
    boolean acquire(String name, String holder, Duration ttl) {
        int updated = jdbc.update("update instance_lease set expires_at = " + EXPIRY + ","
                        + " acquired_at = case when holder = ? then acquired_at else current_timestamp end, holder = ?"
                        + " where lease_name = ? and (holder = ? or expires_at < current_timestamp)",
                seconds(ttl), holder, holder, name, holder);
        if (updated == 1) {
            return true;
        }
        try {
            return jdbc.update("insert into instance_lease (lease_name, holder, acquired_at, expires_at)"
                    + " select ?, ?, current_timestamp, " + EXPIRY + " from (values (1)) as one (x)"
                    + " where not exists (select 1 from instance_lease where lease_name = ?)",
                    name, holder, seconds(ttl), name) == 1;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }

    /** Takes the lease from {@code deadHolder}, known to be gone, unless someone else took it first. */
    boolean takeOver(String name, String deadHolder, String holder, Duration ttl) {
        return jdbc.update("update instance_lease set holder = ?, acquired_at = current_timestamp, expires_at = " + EXPIRY
                + " where lease_name = ? and holder = ?", holder, seconds(ttl), name, deadHolder) == 1;
    }

    void release(String name, String holder) {
        jdbc.update("delete from instance_lease where lease_name = ? and holder = ?", name, holder);
    }

    /** How many leases named with this prefix have not expired. */
    int countLive(String prefix) {
        return jdbc.queryForObject("select count(*) from instance_lease where lease_name like ? and expires_at >= current_timestamp",
                Integer.class, prefix + "%");
    }

    boolean isLive(String name) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select count(*) > 0 from instance_lease where lease_name = ?"
                + " and expires_at >= current_timestamp", Boolean.class, name));
    }

    Optional<Lease> find(String name) {
        return jdbc.query("select holder, expires_at from instance_lease where lease_name = ?",
                (rs, i) -> new Lease(rs.getString(1), rs.getObject(2, OffsetDateTime.class)), name).stream().findFirst();
    }

    private static int seconds(Duration ttl) {
        return (int) Math.max(1, ttl.toSeconds());
    }
}
