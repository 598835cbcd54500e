package org.a6gateway.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.yaml.snakeyaml.Yaml;

/**
 * The roles each operation of the API admits, as {@code openapi/gateway.yaml} declares them
 * ({@code x-a6-roles}, or {@code x-a6-public: true}): the contract integrators read is the rule
 * the gateway enforces. An operation that declares neither stops the gateway from starting, so a
 * new operation can never be open by omission.
 */
public final class OperationRoles {

    /** Where the build puts the contract; Swagger UI shows the same file. */
    public static final String CONTRACT = "static/openapi/gateway.yaml";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** One operation: its method, its path under the server URL, and who may call it. */
    public record Operation(String operationId, HttpMethod method, String path, boolean open, Set<Role> roles) {
    }

    private final List<Operation> operations;

    private OperationRoles(List<Operation> operations) {
        this.operations = operations;
    }

    public static OperationRoles fromContract() {
        try (InputStream in = new ClassPathResource(CONTRACT).getInputStream()) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the API contract " + CONTRACT + " is not on the classpath", e);
        }
    }

    @SuppressWarnings("unchecked")
    public static OperationRoles read(InputStream contract) {
        Map<String, Object> spec = new Yaml().load(contract);
        String base = serverPath(spec);
        var operations = new ArrayList<Operation>();
        ((Map<String, Map<String, Object>>) spec.get("paths")).forEach((path, item) -> item.forEach((method, op) -> {
            if (METHODS.contains(method)) {
                operations.add(operation(HttpMethod.valueOf(method.toUpperCase()), base + path, (Map<String, Object>) op));
            }
        }));
        // Literal segments before variables: /reports/parties is decided before /reports/{jobId}.
        var parser = PathPatternParser.defaultInstance;
        Comparator<Operation> specificity = Comparator.comparing(o -> parser.parse(o.path()), PathPattern.SPECIFICITY_COMPARATOR);
        operations.sort(specificity);
        return new OperationRoles(List.copyOf(operations));
    }

    @SuppressWarnings("unchecked")
    private static String serverPath(Map<String, Object> spec) {
        var servers = (List<Map<String, Object>>) spec.get("servers");
        return servers == null || servers.isEmpty() ? "" : String.valueOf(servers.get(0).get("url"));
    }

    @SuppressWarnings("unchecked")
    private static Operation operation(HttpMethod method, String path, Map<String, Object> op) {
        String id = String.valueOf(op.get("operationId"));
        boolean open = Boolean.TRUE.equals(op.get("x-a6-public"));
        var declared = (List<String>) op.get("x-a6-roles");
        if (open == (declared != null && !declared.isEmpty())) {
            throw new IllegalStateException("operation " + id + " (" + method + " " + path
                    + ") must declare either x-a6-roles or x-a6-public: true in gateway.yaml");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (declared != null) {
            declared.forEach(r -> roles.add(Role.parse(r)));
        }
        return new Operation(id, method, path, open, Set.copyOf(roles));
    }

    /** Most specific first. */
    public List<Operation> operations() {
        return operations;
    }
}
