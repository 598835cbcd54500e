package org.a6gateway.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Nothing is open but health and the API documentation; every operation of the API admits the
 * roles its contract declares, for GET and for HEAD alike. A path the contract does not name
 * needs credentials, and then answers as what it is (404, or 405 for a method the path does not
 * take) rather than a 403 that suggests it exists. Callers sign in with an API key or, where an
 * identity provider is configured ({@code spring.security.oauth2.resourceserver.jwt.*},
 * production), a JWT bearer token. No sessions and no cookies, so no CSRF tokens either.
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfiguration {

    private static final String[] OPEN = {
        "/actuator/health", "/actuator/health/**", "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs.yaml",
        "/v3/api-docs/**", "/openapi/gateway.yaml", "/reports.html", "/reports.js", "/reports.css",
        "/console.html", "/console.js", "/console-i18n.js", "/console.css", "/favicon.ico", "/error"};

    @Bean
    SecurityFilterChain api(HttpSecurity http, ApiKeys keys, ObjectMapper json, ObjectProvider<JwtDecoder> jwt,
                            JwtRoles jwtRoles) throws Exception {
        boolean bearerTokens = jwt.getIfAvailable() != null;
        var problems = new ProblemResponses(json, bearerTokens);
        http.csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(ContentPolicies::apply)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(new ApiKeyFilter(keys, problems), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(rules -> {
                    rules.requestMatchers(OPEN).permitAll();
                    OperationRoles.fromContract().operations().forEach(op -> admit(rules, op));
                    rules.requestMatchers("/actuator/prometheus").hasAnyRole(Role.OPERATOR.name(), Role.AUDITOR.name());
                    rules.anyRequest().authenticated();
                });
        if (bearerTokens) {
            http.oauth2ResourceServer(o -> o.authenticationEntryPoint(problems).accessDeniedHandler(problems)
                    .jwt(j -> j.jwtAuthenticationConverter(jwtRoles)));
        }
        return http.build();
    }

    /** The operation's method, and HEAD beside GET: a HEAD is a GET without its body. */
    private static void admit(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules,
                              OperationRoles.Operation op) {
        var methods = op.method() == HttpMethod.GET ? new HttpMethod[] {HttpMethod.GET, HttpMethod.HEAD} : new HttpMethod[] {op.method()};
        for (HttpMethod method : methods) {
            var matcher = rules.requestMatchers(method, op.path());
            if (op.open()) {
                matcher.permitAll();
            } else {
                matcher.hasAnyRole(op.roles().stream().map(Role::name).sorted().toArray(String[]::new));
            }
        }
    }
}
