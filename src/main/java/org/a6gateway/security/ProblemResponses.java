package org.a6gateway.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 as RFC 9457 problem details, like every other error of the API. */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper json;
    private final String challenge;

    ProblemResponses(ObjectMapper json, boolean bearerTokens) {
        this.json = json;
        this.challenge = bearerTokens ? "ApiKey header=\"X-API-Key\", Bearer" : "ApiKey header=\"X-API-Key\"";
    }

    /** No credentials, or credentials the gateway does not accept. */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        String detail = e instanceof UnknownApiKey || request.getHeader("Authorization") != null
                ? e.getMessage()
                : "this operation needs credentials: an API key in the X-API-Key header or an OAuth2 bearer token";
        write(response, HttpStatus.UNAUTHORIZED, "Unauthorized", detail);
    }

    /** Known caller, wrong role. */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        String roles = auth == null ? "none" : auth.getAuthorities().stream()
                .map(a -> a.getAuthority().replaceFirst("^ROLE_", "")).sorted().collect(Collectors.joining(", "));
        write(response, HttpStatus.FORBIDDEN, "Forbidden",
                "the caller's role (" + (roles.isEmpty() ? "none" : roles) + ") may not " + request.getMethod() + " " + request.getRequestURI());
    }

    private void write(HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
