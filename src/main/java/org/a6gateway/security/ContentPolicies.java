package org.a6gateway.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Content Security Policies of the pages the gateway serves to browsers. The reports page and the
 * console hold a government officer's key: they run only their own scripts, talk only to this
 * origin and may be framed by nobody. Swagger UI likewise, but for the inline styles and data: images its
 * bundle draws with. Everything else is JSON or a file, which no browser renders as a page.
 */
final class ContentPolicies {

    static final String PAGES = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
            + "form-action 'none'; frame-ancestors 'none'; base-uri 'none'";
    static final String SWAGGER_UI = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; "
            + "img-src 'self' data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    private ContentPolicies() {
    }

    static void apply(HeadersConfigurer<HttpSecurity> headers) {
        var paths = PathPatternRequestMatcher.withDefaults();
        headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new OrRequestMatcher(
                paths.matcher("/reports.html"), paths.matcher("/console.html")), new ContentSecurityPolicyHeaderWriter(PAGES)));
        headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new OrRequestMatcher(
                paths.matcher("/swagger-ui.html"), paths.matcher("/swagger-ui/**")), new ContentSecurityPolicyHeaderWriter(SWAGGER_UI)));
    }
}
