package org.a6gateway.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API has one description, {@code openapi/gateway.yaml}, roles and all: {@code /v3/api-docs}
 * (where tools look for one) answers with it rather than with the document springdoc would infer
 * from the code ("OpenAPI definition v0", no roles, no problems). Swagger UI's own settings
 * ({@code /v3/api-docs/swagger-config}) still come from springdoc.
 */
@Component
class OneContract extends OncePerRequestFilter {

    static final String CONTRACT = "/openapi/gateway.yaml";
    private static final String GENERATED = "/v3/api-docs";
    private static final String SWAGGER_CONFIG = GENERATED + "/swagger-config";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals(GENERATED) || path.startsWith(GENERATED + "/") || path.startsWith(GENERATED + "."))
                || path.equals(SWAGGER_CONFIG);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.getRequestDispatcher(CONTRACT).forward(request, response);
    }
}
