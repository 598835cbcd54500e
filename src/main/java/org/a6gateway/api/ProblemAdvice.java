package org.a6gateway.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.stream.Collectors;
import org.a6gateway.sync.SyncAlreadyRunning;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as RFC 9457 problem details. Spring MVC's own errors (bad parameters,
 * unsupported media types, …) come from {@link ResponseEntityExceptionHandler}; ours are below.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(SyncAlreadyRunning.class)
    ProblemDetail alreadyRunning(SyncAlreadyRunning e) {
        return problem(HttpStatus.CONFLICT, "Sync already running", e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badInput(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage());
    }

    /** A parameter outside the contract's bounds or pattern (the generated interfaces validate them): 400 naming it. */
    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalidParameter(ConstraintViolationException e) {
        String detail = e.getConstraintViolations().stream().map(ProblemAdvice::describe).sorted()
                .collect(Collectors.joining("; "));
        return problem(HttpStatus.BAD_REQUEST, "Bad request", detail);
    }

    /** "size: must be less than or equal to 1000", the parameter named as the contract names it. */
    private static String describe(ConstraintViolation<?> violation) {
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            parameter = node.getName();
        }
        return "'" + parameter + "' " + violation.getMessage();
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
