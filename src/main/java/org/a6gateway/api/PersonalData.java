package org.a6gateway.api;

import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Holder accounts and beneficiaries are personal or commercial data: the caller's roles decide
 * whether a response carries them. OPERATOR, GOVERNMENT and AUDITOR see them; a caller holding
 * none of those roles (an INTEGRATOR) gets them left out, the rest of the record unchanged.
 */
final class PersonalData {

    /** What a field left out for the caller says instead. */
    static final String WITHHELD = "(withheld: personal data)";

    private static final Set<String> SEEING = Set.of("ROLE_OPERATOR", "ROLE_GOVERNMENT", "ROLE_AUDITOR");

    private PersonalData() {
    }

    static boolean shownToCaller() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(SEEING::contains);
    }
}
