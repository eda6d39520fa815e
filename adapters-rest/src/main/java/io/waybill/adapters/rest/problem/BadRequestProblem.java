package io.waybill.adapters.rest.problem;

/** Thrown by resources to refuse a request with a ready-made problem. */
public class BadRequestProblem extends RuntimeException {

    private final Problem problem;

    public BadRequestProblem(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
