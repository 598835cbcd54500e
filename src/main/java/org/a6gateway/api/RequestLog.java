package org.a6gateway.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every HTTP request an id ({@code X-Request-Id}: the caller's when it is a plain token,
 * else a new one), echoes it in the response, puts it on every log line written while serving the
 * request, and ends with one access line. Only the method, path, status, time and the caller's
 * key id or token subject are logged: never a header value, a query string or a body.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLog extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    private static final String REQUEST_ID = "requestId";
    /** Set by the security filters once a caller is known. */
    private static final String CALLER = "caller";
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Logger log = LoggerFactory.getLogger(RequestLog.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        String id = given != null && PLAIN_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
        MDC.put(REQUEST_ID, id);
        response.setHeader(HEADER, id);
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            log.info("{} {} -> {} in {} ms by {}", request.getMethod(), request.getRequestURI(), response.getStatus(),
                    (System.nanoTime() - start) / 1_000_000, MDC.get(CALLER) == null ? "anonymous" : MDC.get(CALLER));
            MDC.remove(CALLER);
            MDC.remove(REQUEST_ID);
        }
    }
}
