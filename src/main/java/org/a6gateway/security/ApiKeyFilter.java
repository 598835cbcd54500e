package org.a6gateway.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.MDC;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a request in with the API key of its {@code X-API-Key} header. A request without the
 * header goes on unauthenticated (a bearer token or an open operation may still serve it); a key
 * that is not live is refused at once, never treated as anonymous.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

    static final String HEADER = "X-API-Key";

    private final ApiKeys keys;
    private final AuthenticationEntryPoint refusal;

    ApiKeyFilter(ApiKeys keys, AuthenticationEntryPoint refusal) {
        this.keys = keys;
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String secret = request.getHeader(HEADER);
        if (secret == null) {
            chain.doFilter(request, response);
            return;
        }
        var key = keys.authenticate(secret.strip());
        if (key.isEmpty()) {
            refusal.commence(request, response, new UnknownApiKey());
            return;
        }
        var granted = new ArrayList<GrantedAuthority>(List.of(new SimpleGrantedAuthority(key.get().role().authority())));
        if (key.get().party() != null) {
            granted.add(PartyScope.authority(key.get().party()));
        }
        var signedIn = new PreAuthenticatedAuthenticationToken(new KeyHolder(key.get()), null, granted);
        // The request's access line names the key by id and name (see api.RequestLog).
        MDC.put("caller", signedIn.getName());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The principal of a key: its id and name, what logs may show (never the secret). */
    record KeyHolder(ApiKey key) implements java.security.Principal {
        @Override
        public String getName() {
            return "api-key:" + key.id() + " (" + CallerNames.loggable(key.name()) + ")";
        }

        @Override
        public String toString() {
            return getName();
        }
    }
}
