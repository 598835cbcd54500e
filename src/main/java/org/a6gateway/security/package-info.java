/**
 * Who may call what: the four roles, API keys for machine clients (kept hashed), OAuth2 JWT
 * bearer tokens in production, and the role each operation of {@code openapi/gateway.yaml} needs.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"ledger"})
package org.a6gateway.security;
