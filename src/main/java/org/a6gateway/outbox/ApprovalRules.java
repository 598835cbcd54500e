package org.a6gateway.outbox;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which kinds of command wait for a government officer's approval before they may be sent
 * ({@code a6.approvals.required}): by default the "correspondingly adjusted" label and the
 * registration of ITMO pairs, the two statements a government signs for; labels, references and
 * withdrawals go out as decided. An empty list ({@code a6.approvals.required=}) approves nothing
 * by hand, as the demo's simulated registries do.
 */
@ConfigurationProperties("a6.approvals")
public record ApprovalRules(@DefaultValue({"CA_FLAG", "ITMO_PAIR"}) Set<CommandKind> required) {

    public ApprovalRules {
        required = required == null ? Set.of() : Set.copyOf(required);
    }

    public boolean required(CommandKind kind) {
        return required.contains(kind);
    }
}
