package org.a6gateway.api;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.a6gateway.security.PartyScope;
import org.a6gateway.security.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The caller signed in: the name the ledger and the records give them, and the roles they hold. */
final class SignedIn {

    private static final String ROLE = "ROLE_";

    private SignedIn() {
    }

    /** An API key's id and name, or a token's subject. */
    static String name() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        String name = authentication == null ? null : authentication.getName();
        return name == null || name.isBlank() ? "an unnamed caller" : name;
    }

    static Set<Role> roles() {
        var held = EnumSet.noneOf(Role.class);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null) {
            authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).filter(a -> a.startsWith(ROLE))
                    .map(a -> a.substring(ROLE.length())).filter(SignedIn::isRole).map(Role::valueOf).forEach(held::add);
        }
        return held;
    }

    /**
     * The one role the caller acts in: the one asked for, if they hold it, or the only one they
     * hold. A caller holding several must say which.
     */
    static Role actingAs(String asked) {
        var held = roles();
        if (asked != null) {
            var role = Role.valueOf(asked);
            if (!held.contains(role)) {
                throw new IllegalArgumentException("you do not hold the role " + asked + "; you hold " + held);
            }
            return role;
        }
        if (held.size() != 1) {
            throw new IllegalArgumentException("you hold the roles " + held + ": say which one with 'role'");
        }
        return held.iterator().next();
    }

    /** Whether the caller's credential reaches this host Party's reports ({@link PartyScope}). */
    static boolean reaches(String party) {
        return PartyScope.reaches(SecurityContextHolder.getContext().getAuthentication(), party);
    }

    static Set<String> parties() {
        return new TreeSet<>(PartyScope.of(SecurityContextHolder.getContext().getAuthentication()));
    }

    private static boolean isRole(String name) {
        for (var role : Role.values()) {
            if (role.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
