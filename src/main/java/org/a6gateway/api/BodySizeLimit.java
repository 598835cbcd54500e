package org.a6gateway.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than any operation takes (a report order is a few hundred bytes)
 * with a 413 problem, before anything reads it: no oversized body reaches Jackson or the heap.
 * Runs right after RequestLog, so the refusal is logged with its request id.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class BodySizeLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final long maxExportBytes;

    /** A registry's export file is the one body that is large by nature: it has a limit of its own. */
    BodySizeLimit(@Value("${a6.api.max-body-bytes:1048576}") long maxBytes,
                  @Value("${a6.api.max-export-bytes:134217728}") long maxExportBytes) {
        this.maxBytes = maxBytes;
        this.maxExportBytes = maxExportBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        long maxBytes = request.getRequestURI().endsWith(ExportsController.PATH) ? maxExportBytes : this.maxBytes;
        if (length > maxBytes) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setHeader("Connection", "close");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Payload too large\",\"status\":413,"
                    + "\"detail\":\"the request body is " + length + " bytes; at most " + maxBytes + " are accepted\","
                    + "\"instance\":\"" + request.getRequestURI().replaceAll("[^A-Za-z0-9/._~-]", "_") + "\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
