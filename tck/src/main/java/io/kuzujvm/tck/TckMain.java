package io.kuzujvm.tck;

/**
 * Runs Kùzu's .test cases through the JDBC driver and prints per-category counts.
 *
 * <p>Arguments: {@code --update-ratchet} rewrites the ratchet file; {@code --filter REGEX} runs
 * only the test files whose relative path matches. Other settings: see {@link TckConfig}. Fails
 * (an exception) when a ratchet case no longer passes.
 */
public final class TckMain {

    private TckMain() {}

    public static void main(String[] args) throws Exception {
        boolean update = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--update-ratchet" -> update = true;
                case "--filter" -> System.setProperty("tck.filter", args[++i]);
                case "--timeout" -> System.setProperty("tck.timeoutSeconds", args[++i]);
                default -> {
                    System.err.println("usage: TckMain [--update-ratchet] [--filter REGEX] "
                            + "[--timeout SECONDS]");
                    System.exit(2);
                }
            }
        }
        TckConfig config = TckConfig.fromSystemProperties();
        if (update) {
            config = config.withUpdateRatchet(true);
        }
        TckRun.Outcome outcome = TckRun.run(config, System.out);
        System.out.flush();
        if (!outcome.regressions().isEmpty()) {
            throw new IllegalStateException(outcome.regressions().size()
                    + " ratchet case(s) no longer pass");
        }
    }
}
