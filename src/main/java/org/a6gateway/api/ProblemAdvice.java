package org.a6gateway.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.stream.Collectors;
import org.a6gateway.jobs.TransitionRefused;
import org.a6gateway.dryrun.DryRunRefused;
import org.a6gateway.sync.SyncAlreadyRunning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as RFC 9457 problem details. Spring MVC's own errors (bad parameters,
 * unsupported media types, …) come from {@link ResponseEntityExceptionHandler}; ours are below.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(Forbidden.class)
    ProblemDetail forbidden(Forbidden e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
    }

    @ExceptionHandler(NotReady.class)
    ProblemDetail notReady(NotReady e) {
        return problem(HttpStatus.CONFLICT, "Not ready", e.getMessage());
    }

    @ExceptionHandler(SyncAlreadyRunning.class)
    ProblemDetail alreadyRunning(SyncAlreadyRunning e) {
        return problem(HttpStatus.CONFLICT, "Sync already running", e.getMessage());
    }

    @ExceptionHandler(DryRunRefused.class)
    ProblemDetail dryRunRefused(DryRunRefused e) {
        return problem(HttpStatus.CONFLICT, "Dry run not started", e.getMessage());
    }

    @ExceptionHandler(TransitionRefused.class)
    ProblemDetail refused(TransitionRefused e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
    }

    @ExceptionHandler(TooLarge.class)
    ProblemDetail tooLarge(TooLarge e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Payload too large", e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badInput(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage());
    }

    /**
     * Anything else is the gateway's fault: a 500 problem that says so and gives the request id
     * to quote, with the cause in the log (never in the answer, which may reach anyone).
     */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        String requestId = MDC.get("requestId");
        log.error("unexpected failure serving request {}", requestId, e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "the gateway failed to serve this request; quote request id " + requestId + " to its operator");
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

    /** A body that reads but breaks the contract (a required field missing, a value out of bounds): 400 naming the fields. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String detail = e.getBindingResult().getFieldErrors().stream()
                .map(f -> "'" + f.getField() + "' " + f.getDefaultMessage()).sorted().collect(Collectors.joining("; "));
        return handleExceptionInternal(e, problem(HttpStatus.BAD_REQUEST, "Bad request", detail), headers, status, request);
    }

    /** A body that does not read (bad JSON, a value outside an enum): 400 naming the field and what it takes, where known. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(e, problem(HttpStatus.BAD_REQUEST, "Bad request", BodyFaults.describe(e.getCause())),
                headers, status, request);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
