package io.kuzujvm.tck.parse;

import io.kuzujvm.tck.model.CaseStep;
import io.kuzujvm.tck.model.DatasetSpec;
import io.kuzujvm.tck.model.ExpectedResult;
import io.kuzujvm.tck.model.TestCase;
import io.kuzujvm.tck.model.TestFile;
import io.kuzujvm.tck.model.TestStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one {@code .test} file into a {@link TestFile}, following the semantics of Kùzu's own
 * test parser: a line's first word decides what it is; any other line continues the text above
 * it (a statement's continuation lines are glued as Kùzu does, with single spaces between them;
 * an error message's lines are joined by newlines); a blank or {@code #} line ends such text.
 *
 * <p>Not thread-safe; use one instance per file.
 */
public final class TestFileParser {

    /**
     * @param variables {@code ${NAME}} substitutions known before the file is read (e.g.
     *     KUZU_ROOT_DIRECTORY)
     * @param ignoreSkip ignore {@code -SKIP} (the PostgreSQL extension's cases carry it only
     *     because upstream CI has no server)
     */
    public record Options(Map<String, String> variables, boolean ignoreSkip) {
        public Options {
            variables = Map.copyOf(variables);
        }
    }

    /** Kùzu's tokenizer: words, with quoted strings kept whole. */
    private static final Pattern TOKEN = Pattern.compile(
            "(?:[^'\"\\s\\\\]+|'[^'\\\\]*(?:\\\\.[^'\\\\]*)*'|\"[^\"\\\\]*(?:\\\\.[^\"\\\\]*)*\"|\\S+)+");
    private static final Pattern CONNECTION_PREFIX = Pattern.compile("^\\[(conn.*?)]\\s*(.*)$",
            Pattern.DOTALL);
    private static final String FILE_ANSWER_PREFIX = "<FILE>:";

    private final Options options;
    private final Map<String, String> variables = new LinkedHashMap<>();
    private static final long FIXED_SEED = 20240611L;
    private static final Pattern RANDOM_SEED = Pattern.compile("random\\.set_seed\\((-?\\d+)\\)");
    private static final Pattern RANDOM_INT = Pattern.compile("random\\.randInt(32|64)\\((\\d+)\\)");
    private java.util.Random random = new java.util.Random(FIXED_SEED);
    private final Map<String, List<CaseStep>> blocks = new LinkedHashMap<>();

    private String path;
    private List<String> lines;
    private int next;
    private int previous;
    private String line;
    private List<String> params;
    private Directive directive;
    private String pendingLabel;

    private final List<TestCase> cases = new ArrayList<>();
    private final Set<String> caseNames = new LinkedHashSet<>();
    private String caseName;
    private boolean caseSkipped;
    private int caseLine;
    private List<CaseStep> caseSteps;

    public TestFileParser(Options options) {
        this.options = options;
        variables.putAll(options.variables());
    }

    /**
     * @param path the file's path relative to the kuzu-tests folder
     * @param category reporting category
     * @param text the file's content
     */
    public TestFile parse(String path, String category, String text) throws TestFormatException {
        this.path = path;
        this.lines = splitLines(text);
        this.next = 0;
        HeaderResult header = parseHeader();
        parseBody();
        return new TestFile(path, category, header.dataset, header.skipped, cases);
    }

    private record HeaderResult(DatasetSpec dataset, boolean skipped) {}

    private static List<String> splitLines(String text) {
        List<String> result = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                result.add(stripCr(text.substring(start, i)));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            result.add(stripCr(text.substring(start)));
        }
        return result;
    }

    private static String stripCr(String s) {
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    // ---- cursor -------------------------------------------------------------------------

    private boolean nextLine() {
        if (next >= lines.size()) {
            return false;
        }
        previous = next;
        line = lines.get(next++);
        return true;
    }

    private void backToPreviousLine() {
        next = previous;
    }

    private int lineNumber() {
        return previous + 1;
    }

    private void tokenize() {
        params = new ArrayList<>();
        Matcher m = TOKEN.matcher(line);
        while (m.find()) {
            params.add(m.group());
        }
        if (params.isEmpty() || params.get(0).startsWith("#")) {
            directive = Directive.EMPTY;
        } else {
            directive = Directive.of(params.get(0));
        }
    }

    private String param(int index) throws TestFormatException {
        if (index >= params.size()) {
            throw error("expected at least " + index + " parameter(s)");
        }
        return params.get(index);
    }

    /** A parameter without the double quotes around it, if any. */
    private static String unquoted(String text) {
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1) : text;
    }

    private String paramsFrom(int index) {
        return index >= params.size() ? "" : String.join(" ", params.subList(index, params.size()));
    }

    private TestFormatException error(String message) {
        return new TestFormatException(path, lineNumber(), message + ": " + line);
    }

    private String substitute(String s) {
        String result = s;
        for (Map.Entry<String, String> v : variables.entrySet()) {
            result = result.replace("${" + v.getKey() + "}", v.getValue());
        }
        return result;
    }

    // ---- header -------------------------------------------------------------------------

    private HeaderResult parseHeader() throws TestFormatException {
        DatasetSpec dataset = DatasetSpec.EMPTY;
        boolean skipped = false;
        while (nextLine()) {
            tokenize();
            switch (directive) {
                case EMPTY, BUFFER_POOL_SIZE, TEST_FWD_ONLY_REL -> { }
                case DATASET -> dataset = parseDataset();
                case SEPARATOR -> {
                    return new HeaderResult(dataset, skipped);
                }
                default -> {
                    if (directive.isSkip()) {
                        skipped |= appliesHere(directive);
                    } else {
                        throw error("invalid header line");
                    }
                }
            }
        }
        throw new TestFormatException(path, lines.size(), "no '--' line after the header");
    }

    private DatasetSpec parseDataset() throws TestFormatException {
        String loader = param(1);
        String rest = paramsFrom(2);
        if (rest.isEmpty()) {
            throw error("-DATASET needs a loader and a name");
        }
        for (String converter : List.of("CSV_TO_PARQUET", "CSV_TO_JSON")) {
            if (rest.startsWith(converter + "(") && rest.endsWith(")")) {
                return new DatasetSpec(converter,
                        rest.substring(converter.length() + 1, rest.length() - 1));
            }
        }
        return switch (loader) {
            case "CSV", "PARQUET", "NPY", "KUZU", "JSON", "TTL" -> new DatasetSpec(loader, param(2));
            default -> throw error("unknown data set loader " + loader);
        };
    }

    /**
     * Whether a skip directive applies to this runner: in-memory databases, extensions built
     * in (as a statically linked Kùzu), not WebAssembly, default storage constants.
     */
    private boolean appliesHere(Directive skip) {
        return switch (skip) {
            case SKIP -> !options.ignoreSkip();
            case SKIP_IN_MEM, WASM_ONLY, SKIP_STATIC_LINK -> true;
            default -> false;
        };
    }

    // ---- body ---------------------------------------------------------------------------

    private void parseBody() throws TestFormatException {
        while (nextLine()) {
            tokenize();
            switch (directive) {
                case CASE -> startCase(param(1));
                case DEFINE_STATEMENT_BLOCK -> parseStatementBlock(param(1));
                case INSERT_STATEMENT_BLOCK -> {
                    List<CaseStep> block = blocks.get(param(1));
                    if (block == null) {
                        throw error("statement block not found");
                    }
                    currentSteps().addAll(block);
                }
                case LOAD_DYNAMIC_EXTENSION, TEST_FWD_ONLY_REL, EMPTY -> { }
                case LOOP -> parseLoop();
                default -> {
                    if (directive.isSkip()) {
                        currentSteps();
                        caseSkipped |= appliesHere(directive);
                    } else {
                        CaseStep step = parseStep();
                        if (step != null) {
                            currentSteps().add(step);
                        }
                    }
                }
            }
        }
        finishCase();
    }

    private void startCase(String name) {
        finishCase();
        String unique = name;
        for (int i = 2; caseNames.contains(unique); i++) {
            unique = name + "#" + i;
        }
        caseNames.add(unique);
        caseName = unique;
        caseSkipped = false;
        caseLine = lineNumber();
        caseSteps = new ArrayList<>();
    }

    private List<CaseStep> currentSteps() {
        if (caseSteps == null) {
            startCase("");
        }
        return caseSteps;
    }

    private void finishCase() {
        if (caseSteps != null) {
            cases.add(new TestCase(caseName, caseSkipped, caseSteps, caseLine));
        }
        caseSteps = null;
    }

    private void parseStatementBlock(String name) throws TestFormatException {
        List<CaseStep> block = new ArrayList<>();
        while (nextLine()) {
            tokenize();
            if (directive == Directive.END_OF_STATEMENT_BLOCK) {
                break;
            }
            CaseStep step = parseStep();
            if (step != null) {
                block.add(step);
            }
        }
        blocks.put(name, block);
    }

    private void parseLoop() throws TestFormatException {
        String variable = param(1);
        List<String> values = new ArrayList<>();
        if (params.size() == 3 && params.get(2).startsWith("[") && params.get(2).endsWith("]")) {
            String inner = params.get(2).substring(1, params.get(2).length() - 1);
            for (String v : inner.split(",")) {
                if (!v.isBlank()) {
                    values.add(v.strip());
                }
            }
        } else if (params.size() >= 4) {
            int start = parseInt(param(2));
            int end = parseInt(param(3));
            int step = params.size() > 4 ? parseInt(param(4)) : 1;
            if (step <= 0) {
                throw error("loop step must be positive");
            }
            for (int i = start; i <= end; i += step) {
                values.add(Integer.toString(i));
            }
        } else {
            throw error("invalid -LOOP");
        }
        int begin = next;
        for (String value : values) {
            next = begin;
            while (nextLine()) {
                tokenize();
                if (directive == Directive.LOOP) {
                    continue;
                }
                if (directive == Directive.ENDLOOP) {
                    break;
                }
                variables.put(variable, value);
                CaseStep step = parseStep();
                if (step != null) {
                    currentSteps().add(step);
                }
            }
        }
        if (values.isEmpty()) {
            while (nextLine()) {
                tokenize();
                if (directive == Directive.ENDLOOP) {
                    break;
                }
            }
        }
    }

    private int parseInt(String s) throws TestFormatException {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw error("not an integer: " + s);
        }
    }

    /**
     * Parses from the current line up to the end of one step. Returns null for lines that only
     * set state (a label, a variable, an ignored setting).
     */
    private CaseStep parseStep() throws TestFormatException {
        String connection = TestStatement.DEFAULT_CONNECTION;
        String query = null;
        int statementLine = lineNumber();
        boolean checkOrder = false;
        boolean checkColumnNames = false;
        boolean checkPrecision = false;
        int batchLine = -1;
        while (true) {
            switch (directive) {
                case LOG -> {
                    pendingLabel = substitute(paramsFrom(1));
                    return null;
                }
                case RELOADDB -> {
                    return new CaseStep.ReloadDatabase(lineNumber());
                }
                case BEGIN_CONCURRENT_EXECUTION, END_CONCURRENT_EXECUTION,
                        INSERT_DATASET_BY_ROW, MULTI_COPY_RANDOM -> {
                    return new CaseStep.Unsupported(directive.word(), lineNumber());
                }
                case IMPORT_DATABASE -> {
                    return new CaseStep.FreshDatabase(lineNumber());
                }
                case REMOVE_FILE -> {
                    return new CaseStep.RemoveFile(unquoted(substitute(param(1))));
                }
                case CREATE_DATASET_SCHEMA -> {
                    return new CaseStep.CreateDatasetSchema(param(1), lineNumber());
                }
                case SKIP_FSM_LEAK_CHECK, SET_ENV -> {
                    return null;
                }
                case SET -> {
                    return parseSet();
                }
                case CREATE_CONNECTION -> {
                    return new CaseStep.CreateConnection(param(1));
                }
                case BATCH_STATEMENTS -> {
                    // Kùzu reads its expected result like a statement's; the file of statements
                    // (test/statements) is not part of kuzu-tests.
                    batchLine = lineNumber();
                    query = paramsFrom(1);
                }
                case CHECKPOINT_WAIT_TIMEOUT, PARALLELISM, EMPTY -> { }
                case STATEMENT -> {
                    batchLine = -1;
                    statementLine = lineNumber();
                    String first = paramsFrom(1);
                    Matcher m = CONNECTION_PREFIX.matcher(first);
                    if (m.matches()) {
                        connection = m.group(1);
                        first = m.group(2);
                    } else {
                        connection = TestStatement.DEFAULT_CONNECTION;
                    }
                    query = substitute(first + textUntilNextDirective(" "));
                }
                case CHECK_ORDER -> checkOrder = true;
                case CHECK_COLUMN_NAMES -> checkColumnNames = true;
                case CHECK_PRECISION -> checkPrecision = true;
                case RESULT -> {
                    if (query == null) {
                        throw error("expected result without a statement");
                    }
                    List<ExpectedResult> results = parseExpectedResults();
                    if (batchLine >= 0) {
                        return new CaseStep.Unsupported(Directive.BATCH_STATEMENTS.word(),
                                batchLine);
                    }
                    String label = pendingLabel;
                    pendingLabel = null;
                    return new TestStatement(connection, query, results, checkOrder,
                            checkColumnNames, checkPrecision, label, statementLine);
                }
                default -> throw error("unexpected line inside a statement");
            }
            if (!nextLine()) {
                if (query != null) {
                    throw error("statement without an expected result");
                }
                return null;
            }
            tokenize();
        }
    }

    private CaseStep parseSet() throws TestFormatException {
        String name = param(1);
        String function = substitute(param(2));
        String value;
        if (function.equalsIgnoreCase("REPEAT")) {
            int times = parseInt(param(3));
            String rest = paramsFrom(4);
            int open = rest.indexOf('"');
            int close = rest.lastIndexOf('"');
            if (open < 0 || close <= open) {
                throw error("invalid REPEAT");
            }
            String unit = rest.substring(open + 1, close);
            StringBuilder sb = new StringBuilder();
            for (int i = 1; i <= times; i++) {
                sb.append(unit.replace("${count}", Integer.toString(i)));
            }
            value = sb.toString();
        } else if (function.equals("ARANGE")) {
            int start = parseInt(param(3));
            int end = parseInt(param(4));
            StringBuilder sb = new StringBuilder("[");
            for (int i = start; i <= end; i++) {
                sb.append(i);
                if (i != end) {
                    sb.append(',');
                }
            }
            value = sb.append(']').toString();
        } else if (function.length() >= 2 && function.startsWith("\"") && function.endsWith("\"")) {
            value = function.substring(1, function.length() - 1);
        } else if (function.matches("-?\\d+")) {
            value = Long.toString(Long.parseLong(function));
        } else if (function.equalsIgnoreCase("current_timestamp()")) {
            // Used as a random seed: a fixed one keeps runs reproducible.
            value = Long.toString(FIXED_SEED);
        } else if (RANDOM_SEED.matcher(function).matches()) {
            Matcher m = RANDOM_SEED.matcher(function);
            m.matches();
            random = new java.util.Random(Long.parseLong(m.group(1)));
            value = "";
        } else if (RANDOM_INT.matcher(function).matches()) {
            // Kùzu's own generator is not reproduced: cases whose expected output depends on the
            // drawn values fail, those that only need some values run.
            Matcher m = RANDOM_INT.matcher(function);
            m.matches();
            value = Long.toString(Math.floorMod(random.nextLong(), Long.parseLong(m.group(2))));
        } else {
            return new CaseStep.Unsupported("-SET " + function, lineNumber());
        }
        variables.put(name, value);
        return null;
    }

    /** Lines after the current one that are plain text, joined by the delimiter. */
    private String textUntilNextDirective(String delimiter) {
        StringBuilder text = new StringBuilder();
        while (nextLine()) {
            tokenize();
            if (directive != Directive.TEXT) {
                backToPreviousLine();
                break;
            }
            if (text.length() > 0) {
                text.append(delimiter);
            }
            text.append(line);
        }
        return text.toString();
    }

    private List<ExpectedResult> parseExpectedResults() throws TestFormatException {
        List<ExpectedResult> results = new ArrayList<>();
        do {
            tokenize();
            if (directive == Directive.EMPTY) {
                continue;
            }
            if (directive != Directive.RESULT) {
                backToPreviousLine();
                break;
            }
            results.add(parseExpectedResult());
        } while (nextLine());
        return results;
    }

    private ExpectedResult parseExpectedResult() throws TestFormatException {
        String kind = param(1);
        switch (kind) {
            case "ok":
                return new ExpectedResult.Ok();
            case "error":
                return new ExpectedResult.Error(substitute(textUntilNextDirective("\n")));
            case "error(regex)":
                return new ExpectedResult.ErrorRegex(substitute(textUntilNextDirective("\n")));
            default:
                break;
        }
        if (kind.startsWith("hash")) {
            if (!nextLine()) {
                throw error("hash without its line");
            }
            tokenize();
            if (params.isEmpty()) {
                throw error("empty hash line");
            }
            return new ExpectedResult.Hash(parseInt(params.get(0)), params.get(params.size() - 1));
        }
        int count = parseInt(kind);
        if (next < lines.size() && lines.get(next).startsWith(FILE_ANSWER_PREFIX)) {
            nextLine();
            return new ExpectedResult.TuplesFile(count,
                    line.substring(FILE_ANSWER_PREFIX.length()).strip());
        }
        List<String> tuples = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (!nextLine()) {
                throw error("expected " + count + " result lines, found " + i);
            }
            tuples.add(substitute(line));
        }
        return new ExpectedResult.Tuples(count, tuples);
    }
}
