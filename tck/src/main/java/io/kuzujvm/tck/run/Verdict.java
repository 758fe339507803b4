package io.kuzujvm.tck.run;

/** The outcome of one statement of a case. */
public record Verdict(Status status, String detail) {

    public enum Status { PASSED, FAILED, NOT_RUNNABLE }

    public static Verdict passed() {
        return new Verdict(Status.PASSED, "");
    }

    public static Verdict failed(String detail) {
        return new Verdict(Status.FAILED, detail);
    }

    public static Verdict notRunnable(String detail) {
        return new Verdict(Status.NOT_RUNNABLE, detail);
    }

    public boolean isPassed() {
        return status == Status.PASSED;
    }
}
