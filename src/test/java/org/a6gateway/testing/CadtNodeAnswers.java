package org.a6gateway.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only when a CADT node answers, or can be started ({@link CadtNode#running});
 * otherwise the class is skipped, before any Spring context starts, with the reason in the test
 * report.
 */
public class CadtNodeAnswers implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return CadtNode.running() ? ConditionEvaluationResult.enabled("a CADT node answers at " + CadtNode.URL)
                : ConditionEvaluationResult.disabled(CadtNode.absent());
    }
}
