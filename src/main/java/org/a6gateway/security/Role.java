package org.a6gateway.security;

/** The gateway's roles; an operation of the API names the roles it admits. */
public enum Role {
    /** Registry operators: run sync batches and jobs, replay dead letters, fix what reconciliation finds. */
    OPERATOR,
    /** Government staff: BTR and AEF reports, authorizations. */
    GOVERNMENT,
    /** Integrators: read-only lookups. */
    INTEGRATOR,
    /** Auditors: the ledger and its verification. */
    AUDITOR;

    /** The Spring Security authority of the role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role named, in any case; a clear error for anything else. */
    public static Role parse(String name) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(name.strip())) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + name + "' (one of OPERATOR, GOVERNMENT, INTEGRATOR, AUDITOR)");
    }
}
