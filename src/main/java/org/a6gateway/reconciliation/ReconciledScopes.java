package org.a6gateway.reconciliation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The digest of what each scope's checks read besides its blocks, as of the last reconciliation
 * ({@link Reconciler#digests}, V19). Runs in the caller's transaction.
 */
@Component
class ReconciledScopes {

    private final JdbcTemplate jdbc;

    ReconciledScopes(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    Map<Scope, String> digests() {
        var digests = new HashMap<Scope, String>();
        jdbc.query("SELECT registry, whole_registry, issuance, digest FROM reconciled_scope", rs -> {
            digests.put(new Scope(rs.getString(1), rs.getBoolean(2) ? null : rs.getString(3)), rs.getString(4));
        });
        return digests;
    }

    /** Writes what differs between the digests stored ({@code before}) and {@code now}. */
    void replace(Map<Scope, String> before, Map<Scope, String> now) {
        var differing = differing(before, now);
        var gone = differing.stream().filter(before::containsKey).map(ReconciledScopes::key).toList();
        var written = differing.stream().filter(now::containsKey).map(scope -> row(scope, now.get(scope))).toList();
        if (!gone.isEmpty()) {
            jdbc.batchUpdate("DELETE FROM reconciled_scope WHERE registry = ? AND whole_registry = ? AND issuance = ?", gone);
        }
        if (!written.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO reconciled_scope (registry, whole_registry, issuance, digest) VALUES (?, ?, ?, ?)",
                    written);
        }
    }

    private static Object[] key(Scope scope) {
        return new Object[] {scope.registry(), scope.issuance() == null, scope.issuance() == null ? "" : scope.issuance()};
    }

    private static Object[] row(Scope scope, String digest) {
        var key = key(scope);
        return new Object[] {key[0], key[1], key[2], digest};
    }

    /** The scopes whose digest is not the same in both: changed, new or gone. */
    static List<Scope> differing(Map<Scope, String> before, Map<Scope, String> now) {
        var differing = new ArrayList<Scope>();
        before.forEach((scope, digest) -> {
            if (!digest.equals(now.get(scope))) {
                differing.add(scope);
            }
        });
        now.forEach((scope, digest) -> {
            if (!before.containsKey(scope)) {
                differing.add(scope);
            }
        });
        return differing;
    }
}
