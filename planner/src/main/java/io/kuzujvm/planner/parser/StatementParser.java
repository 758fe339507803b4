package io.kuzujvm.planner.parser;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.planner.ast.Statement;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses Cypher text (one or more statements separated by ';') into AST statements.
 * Syntax errors become Kùzu-style parser exceptions naming the line, offset and token.
 */
public final class StatementParser {

    /** A statement with the exact text it was parsed from. */
    public record ParsedStatement(Statement statement, String text) {
    }

    public List<ParsedStatement> parse(String text) {
        CypherLexer lexer = new CypherLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        CypherParser parser = new CypherParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(new ThrowingErrorListener(text));
        CypherParser.StatementsContext tree = parser.statements();
        AstBuilder builder = new AstBuilder();
        List<ParsedStatement> statements = new ArrayList<>();
        for (CypherParser.StatementContext ctx : tree.statement()) {
            statements.add(new ParsedStatement(builder.statement(ctx), sourceText(ctx)));
        }
        return statements;
    }

    /** One expression in Cypher text (a column's DEFAULT as the catalog keeps it). */
    public io.kuzujvm.planner.ast.Expression parseExpression(String text) {
        Statement statement = parse("RETURN " + text).get(0).statement();
        io.kuzujvm.planner.ast.SingleQuery query = ((Statement.Query) statement).parts().get(0);
        io.kuzujvm.planner.ast.Clause.Projection projection = query.returnClause().orElseThrow();
        return ((io.kuzujvm.planner.ast.Clause.ExpressionItem) projection.items().get(0)).expression();
    }

    private static String sourceText(ParserRuleContext ctx) {
        return ctx.getStart().getInputStream()
                .getText(Interval.of(ctx.getStart().getStartIndex(), ctx.getStop().getStopIndex()));
    }

    /** A parser error located at a token, in Kùzu's format. */
    static KuzuException syntaxError(Token token, String message) {
        String input = token.getInputStream().toString();
        return new KuzuException(KuzuException.Kind.PARSER,
                message + " " + location(input, token.getLine(), token.getCharPositionInLine(), token));
    }

    private static String location(String input, int line, int offset, Token token) {
        String[] lines = input.split("\n", -1);
        String lineText = line - 1 < lines.length ? lines[line - 1] : "";
        int width = token == null || token.getType() == Token.EOF ? 1
                : Math.max(1, token.getStopIndex() - token.getStartIndex() + 1);
        return "(line: " + line + ", offset: " + offset + ")\n\"" + lineText + "\"\n"
                + " ".repeat(offset + 1) + "^".repeat(width);
    }

    /** Reports the first syntax error as Kùzu does: the input up to the bad token and the expected rule. */
    private static final class ThrowingErrorListener extends BaseErrorListener {

        private final String input;

        ThrowingErrorListener(String input) {
            this.input = input;
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int offset,
                                String msg, RecognitionException e) {
            Token token = offendingSymbol instanceof Token t ? t : null;
            int end = token == null || token.getType() == Token.EOF ? input.length()
                    : Math.min(input.length(), token.getStopIndex() + 1);
            int start = statementStart(token);
            String seen = input.substring(Math.min(start, end), end);
            String rule = insideQuery(e, recognizer) ? "oC_SingleQuery" : "ku_Statements";
            throw new KuzuException(KuzuException.Kind.PARSER,
                    "Invalid input <" + seen + ">: expected rule " + rule + " " + location(input, line, offset, token));
        }

        /** The input offset after the last ';' before the token: the statement being parsed. */
        private int statementStart(Token token) {
            int limit = token == null || token.getType() == Token.EOF ? input.length() : token.getStartIndex();
            int semicolon = input.lastIndexOf(';', Math.max(0, limit - 1));
            int start = semicolon < 0 || semicolon >= limit ? 0 : semicolon + 1;
            while (start < limit && Character.isWhitespace(input.charAt(start))) {
                start++;
            }
            return start;
        }

        private static boolean insideQuery(RecognitionException e, Recognizer<?, ?> recognizer) {
            ParserRuleContext ctx = e != null ? (ParserRuleContext) e.getCtx()
                    : recognizer instanceof CypherParser p ? p.getContext() : null;
            for (; ctx != null; ctx = ctx.getParent()) {
                if (ctx instanceof CypherParser.SingleQueryContext) {
                    return true;
                }
            }
            return false;
        }
    }
}
