package io.kuzujvm.planner.parser;

import io.kuzujvm.engine.common.KuzuException;
import io.kuzujvm.engine.processor.path.PathSemantic;
import io.kuzujvm.planner.ast.Clause;
import io.kuzujvm.planner.ast.CopySource;
import io.kuzujvm.planner.ast.Expression;
import io.kuzujvm.planner.ast.PatternPart;
import io.kuzujvm.planner.ast.SingleQuery;
import io.kuzujvm.planner.ast.Statement;
import io.kuzujvm.planner.extension.AttachedDatabase;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns ANTLR parse trees into the immutable AST. */
final class AstBuilder {

    /** True while building a CREATE clause's pattern, whose labels name tables to write to. */
    private boolean creating;

    Statement statement(CypherParser.StatementContext ctx) {
        if (ctx instanceof CypherParser.ExplainStatementContext c) {
            return new Statement.Explain(statement(c.statement()));
        }
        if (ctx instanceof CypherParser.ProfileStatementContext) {
            return new Statement.Unsupported("PROFILE");
        }
        if (ctx instanceof CypherParser.QueryStatementContext c) {
            return query(c.regularQuery());
        }
        if (ctx instanceof CypherParser.CreateNodeTableStatementContext c) {
            return createNodeTable(c.createNodeTable());
        }
        if (ctx instanceof CypherParser.CreateRelTableStatementContext c) {
            return createRelTable(c.createRelTable());
        }
        if (ctx instanceof CypherParser.DropTableStatementContext c) {
            return new Statement.DropTable(name(c.symbolicName()), c.IF() != null);
        }
        if (ctx instanceof CypherParser.AlterTableStatementContext c) {
            return alterTable(name(c.symbolicName()), c.alterAction());
        }
        if (ctx instanceof CypherParser.CreateSequenceStatementContext c) {
            return createSequence(c);
        }
        if (ctx instanceof CypherParser.DropSequenceStatementContext c) {
            return new Statement.DropSequence(name(c.symbolicName()), c.IF() != null);
        }
        if (ctx instanceof CypherParser.CreateMacroStatementContext c) {
            return createMacro(c);
        }
        if (ctx instanceof CypherParser.DropMacroStatementContext c) {
            return new Statement.DropMacro(name(c.symbolicName()), c.IF() != null);
        }
        if (ctx instanceof CypherParser.CommentOnTableStatementContext c) {
            return new Statement.CommentOnTable(name(c.symbolicName()), string(c.StringLiteral()));
        }
        if (ctx instanceof CypherParser.CopyFromStatementContext c) {
            return copyFrom(c.copyFrom());
        }
        if (ctx instanceof CypherParser.AttachStatementContext c) {
            return new Statement.Attach(string(c.StringLiteral()),
                    Optional.ofNullable(c.symbolicName()).map(AstBuilder::name), options(c.optionList()));
        }
        if (ctx instanceof CypherParser.DetachStatementContext c) {
            return new Statement.Detach(name(c.symbolicName()));
        }
        if (ctx instanceof CypherParser.CopyToStatementContext c) {
            return new Statement.CopyTo(query(c.regularQuery()), string(c.StringLiteral()), options(c.optionList()));
        }
        if (ctx instanceof CypherParser.ExportDatabaseStatementContext c) {
            return new Statement.ExportDatabase(string(c.StringLiteral()), options(c.optionList()));
        }
        if (ctx instanceof CypherParser.ImportDatabaseStatementContext c) {
            return new Statement.ImportDatabase(string(c.StringLiteral()));
        }
        if (ctx instanceof CypherParser.UseStatementContext c) {
            return new Statement.Use(name(c.symbolicName()));
        }
        if (ctx instanceof CypherParser.InstallStatementContext c) {
            return new Statement.InstallExtension(name(c.symbolicName()));
        }
        if (ctx instanceof CypherParser.LoadExtensionStatementContext c) {
            return new Statement.LoadExtension(
                    c.symbolicName() != null ? name(c.symbolicName()) : string(c.StringLiteral()));
        }
        if (ctx instanceof CypherParser.SetOptionStatementContext c) {
            return new Statement.SetOption(name(c.symbolicName()), expression(c.expression()));
        }
        if (ctx instanceof CypherParser.BeginTransactionStatementContext c) {
            return new Statement.BeginTransaction(c.READ() != null);
        }
        if (ctx instanceof CypherParser.CommitStatementContext) {
            return new Statement.Commit();
        }
        if (ctx instanceof CypherParser.RollbackStatementContext) {
            return new Statement.Rollback();
        }
        if (ctx instanceof CypherParser.CheckpointStatementContext) {
            return new Statement.Checkpoint();
        }
        throw new IllegalStateException("Unhandled statement " + ctx.getClass().getSimpleName());
    }

    private Statement alterTable(String table, CypherParser.AlterActionContext ctx) {
        if (ctx instanceof CypherParser.AlterAddFromToContext c) {
            return new Statement.AddFromTo(table, c.IF() != null, fromTo(c.fromTo()));
        }
        if (ctx instanceof CypherParser.AlterAddPropertyContext c) {
            return new Statement.AddProperty(table, c.IF() != null, new Statement.ColumnDefinition(
                    name(c.symbolicName()), text(c.dataType()),
                    Optional.ofNullable(c.expression()).map(this::expression), false,
                    Optional.ofNullable(c.expression()).map(AstBuilder::text)));
        }
        if (ctx instanceof CypherParser.AlterDropFromToContext c) {
            return new Statement.DropFromTo(table, c.IF() != null, fromTo(c.fromTo()));
        }
        if (ctx instanceof CypherParser.AlterDropPropertyContext c) {
            return new Statement.DropProperty(table, c.IF() != null, name(c.symbolicName()));
        }
        if (ctx instanceof CypherParser.AlterRenameTableContext c) {
            return new Statement.RenameTable(table, name(c.symbolicName()));
        }
        CypherParser.AlterRenamePropertyContext c = (CypherParser.AlterRenamePropertyContext) ctx;
        return new Statement.RenameProperty(table, name(c.symbolicName(0)), name(c.symbolicName(1)));
    }

    private static Statement.FromTo fromTo(CypherParser.FromToContext ctx) {
        return new Statement.FromTo(name(ctx.symbolicName(0)), name(ctx.symbolicName(1)));
    }

    private Statement.CreateSequence createSequence(CypherParser.CreateSequenceStatementContext ctx) {
        Optional<java.math.BigInteger> increment = Optional.empty();
        Optional<java.math.BigInteger> min = Optional.empty();
        Optional<java.math.BigInteger> max = Optional.empty();
        Optional<java.math.BigInteger> start = Optional.empty();
        boolean cycle = false;
        for (CypherParser.SequenceOptionContext option : ctx.sequenceOption()) {
            if (option instanceof CypherParser.SequenceIncrementContext o) {
                increment = Optional.of(signedInteger(o.signedInteger()));
            } else if (option instanceof CypherParser.SequenceMinContext o) {
                min = Optional.of(signedInteger(o.signedInteger()));
            } else if (option instanceof CypherParser.SequenceMaxContext o) {
                max = Optional.of(signedInteger(o.signedInteger()));
            } else if (option instanceof CypherParser.SequenceStartContext o) {
                start = Optional.of(signedInteger(o.signedInteger()));
            } else if (option instanceof CypherParser.SequenceCycleContext o) {
                cycle = o.NO() == null;
            } else if (option instanceof CypherParser.SequenceNoMinContext) {
                min = Optional.empty();
            } else if (option instanceof CypherParser.SequenceNoMaxContext) {
                max = Optional.empty();
            }
        }
        return new Statement.CreateSequence(name(ctx.symbolicName()), ctx.IF() != null, increment, min, max, start,
                cycle);
    }

    private static java.math.BigInteger signedInteger(CypherParser.SignedIntegerContext ctx) {
        java.math.BigInteger value = new java.math.BigInteger(ctx.DecimalInteger().getText());
        return ctx.getChild(0).getText().equals("-") ? value.negate() : value;
    }

    private Statement createNodeTable(CypherParser.CreateNodeTableContext ctx) {
        if (ctx.regularQuery() != null) {
            return new Statement.CreateNodeTableAs(name(ctx.symbolicName()), ctx.IF() != null,
                    query(ctx.regularQuery()));
        }
        List<Statement.ColumnDefinition> columns = new ArrayList<>();
        String primaryKey = null;
        for (CypherParser.PropertyDefinitionContext p : ctx.propertyDefinition()) {
            boolean isKey = p.PRIMARY() != null;
            String column = name(p.symbolicName());
            columns.add(new Statement.ColumnDefinition(column, text(p.dataType()),
                    Optional.ofNullable(p.expression()).map(this::expression), isKey,
                    Optional.ofNullable(p.expression()).map(AstBuilder::text)));
            if (isKey) {
                primaryKey = column;
            }
        }
        if (ctx.primaryKey() != null) {
            primaryKey = name(ctx.primaryKey().symbolicName());
        }
        return new Statement.CreateNodeTable(name(ctx.symbolicName()), ctx.IF() != null, columns,
                Optional.ofNullable(primaryKey));
    }

    private Statement createRelTable(CypherParser.CreateRelTableContext ctx) {
        List<Statement.FromTo> connections = ctx.fromTo().stream().map(AstBuilder::fromTo).toList();
        if (ctx.regularQuery() != null) {
            return new Statement.CreateRelTableAs(name(ctx.symbolicName(0)), ctx.IF() != null, connections,
                    query(ctx.regularQuery()));
        }
        List<Statement.ColumnDefinition> columns = new ArrayList<>();
        for (CypherParser.PropertyDefinitionContext p : ctx.propertyDefinition()) {
            columns.add(new Statement.ColumnDefinition(name(p.symbolicName()), text(p.dataType()),
                    Optional.ofNullable(p.expression()).map(this::expression), p.PRIMARY() != null,
                    Optional.ofNullable(p.expression()).map(AstBuilder::text)));
        }
        // The table name is the first symbolic name; a second one is the multiplicity.
        Optional<String> multiplicity = ctx.symbolicName().size() > 1
                ? Optional.of(name(ctx.symbolicName(1))) : Optional.empty();
        return new Statement.CreateRelTable(name(ctx.symbolicName(0)), ctx.IF() != null, connections, columns,
                multiplicity, options(ctx.optionList()));
    }

    private Statement.CopyFrom copyFrom(CypherParser.CopyFromContext ctx) {
        List<CypherParser.SymbolicNameContext> target = ctx.qualifiedName().symbolicName();
        if (target.size() == 2) {
            throw AttachedDatabase.readOnlyError(name(target.get(0)), name(target.get(1)));
        }
        List<String> columns = ctx.symbolicName().stream().map(AstBuilder::name).toList();
        CopySource source;
        CypherParser.CopySourceContext src = ctx.copySource();
        if (src instanceof CypherParser.CopyFromQueryContext q) {
            source = new CopySource.FromQuery(query(q.regularQuery()));
        } else if (src instanceof CypherParser.CopyFromFilesContext f) {
            source = new CopySource.FromFiles(f.StringLiteral().stream().map(AstBuilder::string).toList());
        } else if (src instanceof CypherParser.CopyFromColumnFilesContext f) {
            source = new CopySource.FromColumnFiles(f.StringLiteral().stream().map(AstBuilder::string).toList());
        } else if (src instanceof CypherParser.CopyFromFileListContext f) {
            source = new CopySource.FromFiles(f.StringLiteral().stream().map(AstBuilder::string).toList());
        } else if (src instanceof CypherParser.CopyFromFunctionContext f) {
            source = new CopySource.FromFunction(functionCall(f.functionInvocation()));
        } else {
            CypherParser.QualifiedNameContext qn = ((CypherParser.CopyFromTableContext) src).qualifiedName();
            source = qn.symbolicName().size() == 2
                    ? new CopySource.FromTable(Optional.of(name(qn.symbolicName(0))), name(qn.symbolicName(1)))
                    : new CopySource.FromTable(Optional.empty(), name(qn.symbolicName(0)));
        }
        return new Statement.CopyFrom(name(target.get(0)), columns, source, options(ctx.optionList()));
    }

    private Map<String, Expression> options(CypherParser.OptionListContext ctx) {
        Map<String, Expression> options = new LinkedHashMap<>();
        if (ctx == null) {
            return options;
        }
        for (CypherParser.OptionContext option : ctx.option()) {
            Expression value = option.literal() != null ? literal(option.literal())
                    : option.symbolicName().size() > 1 ? new Expression.Literal(name(option.symbolicName(1)))
                    : new Expression.Literal(Boolean.TRUE);
            options.put(name(option.symbolicName(0)), value);
        }
        return options;
    }

    Statement.Query query(CypherParser.RegularQueryContext ctx) {
        List<SingleQuery> parts = new ArrayList<>();
        List<Boolean> unionAll = new ArrayList<>();
        for (CypherParser.SingleQueryContext single : ctx.singleQuery()) {
            parts.add(singleQuery(single));
        }
        for (int i = 0; i < ctx.UNION().size(); i++) {
            unionAll.add(false);
        }
        if (!ctx.ALL().isEmpty()) {
            // ALL tokens belong to the UNIONs they follow; map them by position.
            for (TerminalNode all : ctx.ALL()) {
                int index = 0;
                for (TerminalNode union : ctx.UNION()) {
                    if (union.getSymbol().getTokenIndex() < all.getSymbol().getTokenIndex()) {
                        index = ctx.UNION().indexOf(union);
                    }
                }
                unionAll.set(index, true);
            }
        }
        return new Statement.Query(parts, unionAll);
    }

    private SingleQuery singleQuery(CypherParser.SingleQueryContext ctx) {
        List<Clause> clauses = new ArrayList<>();
        for (ParserRuleContext child : ctx.getRuleContexts(ParserRuleContext.class)) {
            if (child instanceof CypherParser.ReadingClauseContext reading) {
                clauses.add(readingClause(reading));
            } else if (child instanceof CypherParser.UpdatingClauseContext updating) {
                clauses.add(updatingClause(updating));
            } else if (child instanceof CypherParser.WithClauseContext with) {
                clauses.add(projection(with.projectionBody(), with.whereClause(), true));
            }
        }
        Optional<Clause.Projection> returnClause = Optional.ofNullable(ctx.returnClause())
                .map(r -> projection(r.projectionBody(), null, false));
        return new SingleQuery(clauses, returnClause);
    }

    private Clause updatingClause(CypherParser.UpdatingClauseContext ctx) {
        if (ctx instanceof CypherParser.CreateClauseContext create) {
            return new Clause.Create(creationPattern(create.pattern()));
        }
        if (ctx instanceof CypherParser.MergeClauseContext merge) {
            List<Clause.SetItem> onMatch = new ArrayList<>();
            List<Clause.SetItem> onCreate = new ArrayList<>();
            for (CypherParser.MergeActionContext action : merge.mergeAction()) {
                (action.MATCH() != null ? onMatch : onCreate).addAll(setItems(action.setClause()));
            }
            return new Clause.Merge(creationPattern(merge.pattern()), onMatch, onCreate);
        }
        if (ctx instanceof CypherParser.SetUpdateContext set) {
            return new Clause.Set(setItems(set.setClause()));
        }
        CypherParser.DeleteClauseContext delete = (CypherParser.DeleteClauseContext) ctx;
        return new Clause.Delete(delete.expression().stream().map(this::expression).toList(),
                delete.DETACH() != null);
    }

    /** A pattern of CREATE or MERGE, whose rels name exactly what they create. */
    private List<PatternPart> creationPattern(CypherParser.PatternContext ctx) {
        creating = true;
        try {
            return pattern(ctx);
        } finally {
            creating = false;
        }
    }

    private List<Clause.SetItem> setItems(CypherParser.SetClauseContext ctx) {
        List<Clause.SetItem> items = new ArrayList<>();
        for (CypherParser.SetItemContext item : ctx.setItem()) {
            if (item instanceof CypherParser.SetPropertyContext property) {
                items.add(new Clause.SetItem(name(property.symbolicName(0)), name(property.symbolicName(1)),
                        expression(property.expression())));
            } else {
                CypherParser.SetPropertiesContext properties = (CypherParser.SetPropertiesContext) item;
                String variable = name(properties.symbolicName());
                mapEntries(properties.mapLiteral()).forEach((key, value) ->
                        items.add(new Clause.SetItem(variable, key, value)));
            }
        }
        return items;
    }

    private Clause readingClause(CypherParser.ReadingClauseContext ctx) {
        if (ctx.matchClause() != null) {
            CypherParser.MatchClauseContext m = ctx.matchClause();
            return new Clause.Match(pattern(m.pattern()), where(m.whereClause()), m.OPTIONAL() != null);
        }
        if (ctx.unwindClause() != null) {
            return new Clause.Unwind(expression(ctx.unwindClause().expression()),
                    name(ctx.unwindClause().symbolicName()));
        }
        if (ctx.loadFromClause() != null) {
            CypherParser.LoadFromClauseContext l = ctx.loadFromClause();
            Clause.LoadSource source;
            List<Clause.HeaderColumn> headers = new ArrayList<>();
            for (CypherParser.TypeFieldContext field : l.typeField()) {
                headers.add(new Clause.HeaderColumn(name(field.symbolicName()), text(field.dataType())));
            }
            if (l.loadSource() instanceof CypherParser.LoadFromFilesContext files) {
                source = new Clause.FileSource(files.StringLiteral().stream().map(AstBuilder::string).toList(),
                        options(l.optionList()), headers);
            } else if (l.loadSource() instanceof CypherParser.LoadFromFileListContext files) {
                source = new Clause.FileSource(files.StringLiteral().stream().map(AstBuilder::string).toList(),
                        options(l.optionList()), headers);
            } else if (l.loadSource() instanceof CypherParser.LoadFromQueryContext) {
                // Kùzu parses it and refuses it when binding: COPY takes a query, LOAD FROM does not.
                throw KuzuException.binder("LOAD FROM subquery is not supported.");
            } else {
                CypherParser.QualifiedNameContext qn = ((CypherParser.LoadFromTableContext) l.loadSource())
                        .qualifiedName();
                source = qn.symbolicName().size() == 2
                        ? new Clause.TableSource(Optional.of(name(qn.symbolicName(0))), name(qn.symbolicName(1)))
                        : new Clause.TableSource(Optional.empty(), name(qn.symbolicName(0)));
            }
            return new Clause.LoadFrom(source, where(l.whereClause()));
        }
        CypherParser.CallClauseContext c = ctx.callClause();
        List<Clause.YieldItem> yields = new ArrayList<>();
        for (CypherParser.YieldItemContext y : c.yieldItem()) {
            yields.add(new Clause.YieldItem(name(y.symbolicName(0)),
                    y.symbolicName().size() > 1 ? Optional.of(name(y.symbolicName(1))) : Optional.empty()));
        }
        return new Clause.Call(functionCall(c.functionInvocation()), where(c.filter), yields, where(c.where));
    }

    private Clause.Projection projection(CypherParser.ProjectionBodyContext ctx,
                                         CypherParser.WhereClauseContext where, boolean isWith) {
        CypherParser.ProjectionItemsContext itemsCtx = ctx.projectionItems();
        boolean star = itemsCtx.getChild(0) instanceof TerminalNode t && t.getText().equals("*");
        List<Clause.ProjectionItem> items = new ArrayList<>();
        for (CypherParser.ProjectionItemContext item : itemsCtx.projectionItem()) {
            if (item instanceof CypherParser.PropertyStarItemContext p) {
                items.add(new Clause.PropertyStarItem(name(p.symbolicName())));
            } else {
                CypherParser.ExpressionItemContext e = (CypherParser.ExpressionItemContext) item;
                boolean aliased = e.symbolicName() != null;
                items.add(new Clause.ExpressionItem(expression(e.expression()),
                        aliased ? name(e.symbolicName()) : text(e.expression()), aliased));
            }
        }
        List<Clause.SortItem> orderBy = new ArrayList<>();
        if (ctx.orderBy() != null) {
            for (CypherParser.SortItemContext s : ctx.orderBy().sortItem()) {
                orderBy.add(new Clause.SortItem(expression(s.expression()),
                        s.DESC() == null && s.DESCENDING() == null));
            }
        }
        return new Clause.Projection(ctx.DISTINCT() != null, star, items, orderBy,
                Optional.ofNullable(ctx.skip()).map(s -> expression(s.expression())),
                Optional.ofNullable(ctx.limit()).map(l -> expression(l.expression())),
                where(where), isWith);
    }

    private List<PatternPart> pattern(CypherParser.PatternContext ctx) {
        List<PatternPart> parts = new ArrayList<>();
        for (CypherParser.PatternPartContext part : ctx.patternPart()) {
            parts.add(patternPart(part));
        }
        return parts;
    }

    private PatternPart patternPart(CypherParser.PatternPartContext ctx) {
        CypherParser.PatternElementContext element = ctx.patternElement();
        while (element.nodePattern() == null) {
            element = element.patternElement();
        }
        List<PatternPart.Step> chain = new ArrayList<>();
        for (CypherParser.PatternElementChainContext step : element.patternElementChain()) {
            chain.add(new PatternPart.Step(relPattern(step.relationshipPattern()), nodePattern(step.nodePattern())));
        }
        return new PatternPart(Optional.ofNullable(ctx.symbolicName()).map(AstBuilder::name),
                nodePattern(element.nodePattern()), chain);
    }

    private PatternPart.NodePattern nodePattern(CypherParser.NodePatternContext ctx) {
        return new PatternPart.NodePattern(Optional.ofNullable(ctx.symbolicName()).map(AstBuilder::name),
                labels(ctx.labels()), properties(ctx.properties()));
    }

    private PatternPart.RelPattern relPattern(CypherParser.RelationshipPatternContext ctx) {
        boolean left = ctx.getChild(0).getText().equals("<");
        boolean right = ctx.getChild(ctx.getChildCount() - 1).getText().equals(">");
        PatternPart.Direction direction = left == right ? PatternPart.Direction.BOTH
                : left ? PatternPart.Direction.LEFT : PatternPart.Direction.RIGHT;
        CypherParser.RelationshipDetailContext detail = ctx.relationshipDetail();
        if (detail == null) {
            return new PatternPart.RelPattern(Optional.empty(), List.of(), direction, Optional.empty(), Map.of());
        }
        return new PatternPart.RelPattern(Optional.ofNullable(detail.symbolicName()).map(AstBuilder::name),
                labels(detail.labels()), direction,
                Optional.ofNullable(detail.recursiveDetail()).map(this::recursive), properties(detail.properties()));
    }

    private PatternPart.Recursive recursive(CypherParser.RecursiveDetailContext ctx) {
        CypherParser.RecursiveTypeContext type = ctx.recursiveType();
        boolean all = type != null && type.ALL() != null;
        PathSemantic semantic = type == null ? PathSemantic.WALK
                : type.TRAIL() != null ? PathSemantic.TRAIL
                : type.ACYCLIC() != null ? PathSemantic.ACYCLIC
                : all ? PathSemantic.ALL_SHORTEST : PathSemantic.SHORTEST;
        Optional<String> weight = Optional.ofNullable(type).map(CypherParser.RecursiveTypeContext::symbolicName)
                .map(AstBuilder::name);
        CypherParser.RangeLiteralContext range = ctx.rangeLiteral();
        Optional<String> lower = Optional.empty();
        Optional<String> upper = Optional.empty();
        if (range != null && range.exact != null) {
            lower = Optional.of(range.exact.getText());
            upper = lower;
        } else if (range != null) {
            lower = Optional.ofNullable(range.lower).map(Token::getText);
            upper = Optional.ofNullable(range.upper).map(Token::getText);
        }
        return new PatternPart.Recursive(semantic, weight, lower, upper,
                Optional.ofNullable(ctx.recursiveComprehension()).map(this::comprehension));
    }

    private PatternPart.Comprehension comprehension(CypherParser.RecursiveComprehensionContext ctx) {
        List<CypherParser.RecursiveProjectionContext> projections = ctx.recursiveProjection();
        java.util.function.IntFunction<Optional<List<Expression>>> projection = i -> projections.isEmpty()
                ? Optional.empty()
                : Optional.of(projections.get(i).expression().stream().map(this::expression).toList());
        return new PatternPart.Comprehension(name(ctx.symbolicName(0)), name(ctx.symbolicName(1)),
                where(ctx.whereClause()), projection.apply(0), projection.apply(1));
    }

    private List<String> labels(CypherParser.LabelsContext ctx) {
        return ctx == null ? List.of() : ctx.labelName().stream().map(this::label).toList();
    }

    /** A label; db.table names a table of an attached database, which CREATE cannot write and MATCH cannot use. */
    private String label(CypherParser.LabelNameContext ctx) {
        List<CypherParser.SymbolicNameContext> parts = ctx.qualifiedName().symbolicName();
        if (parts.size() == 1) {
            return name(parts.get(0));
        }
        String database = name(parts.get(0));
        String table = name(parts.get(1));
        if (creating) {
            throw AttachedDatabase.readOnlyError(database, table);
        }
        throw KuzuException.binder("Cannot match table " + table + " of attached database " + database
                + ": read attached tables with LOAD FROM.");
    }

    private Map<String, Expression> properties(CypherParser.PropertiesContext ctx) {
        if (ctx == null) {
            return Map.of();
        }
        return mapEntries(ctx.mapLiteral());
    }

    private Map<String, Expression> mapEntries(CypherParser.MapLiteralContext ctx) {
        Map<String, Expression> entries = new LinkedHashMap<>();
        for (int i = 0; i < ctx.symbolicName().size(); i++) {
            entries.put(name(ctx.symbolicName(i)), expression(ctx.expression(i)));
        }
        return entries;
    }

    private Optional<Expression> where(CypherParser.WhereClauseContext ctx) {
        return ctx == null ? Optional.empty() : Optional.of(expression(ctx.expression()));
    }

    private Statement createMacro(CypherParser.CreateMacroStatementContext c) {
        List<Statement.MacroParameter> parameters = new ArrayList<>();
        if (c.macroParameters() != null) {
            for (CypherParser.SymbolicNameContext name : c.macroParameters().symbolicName()) {
                parameters.add(new Statement.MacroParameter(name(name), Optional.empty()));
            }
            for (CypherParser.MacroDefaultContext d : c.macroParameters().macroDefault()) {
                parameters.add(new Statement.MacroParameter(name(d.symbolicName()),
                        Optional.of(expression(d.expression()))));
            }
        }
        return new Statement.CreateMacro(name(c.symbolicName()), parameters, expression(c.expression()));
    }

    Expression expression(CypherParser.ExpressionContext ctx) {
        if (ctx instanceof CypherParser.PropertyAccessContext c) {
            return new Expression.Property(expression(c.expression()), name(c.symbolicName()));
        }
        if (ctx instanceof CypherParser.SliceAccessContext c) {
            // list[a:b] is list_slice from a to b (from 1, both included); a left out is the start, b the end.
            Expression from = c.from == null ? new Expression.Literal(1L) : expression(c.from);
            Expression to = c.to == null ? new Expression.Literal(-1L) : expression(c.to);
            return new Expression.FunctionCall("list_slice", false, List.of(expression(c.expression(0)), from, to));
        }
        if (ctx instanceof CypherParser.IndexAccessContext c) {
            return new Expression.Index(expression(c.expression(0)), expression(c.expression(1)));
        }
        if (ctx instanceof CypherParser.UnaryContext c) {
            Expression operand = expression(c.expression());
            return c.op.getText().equals("-") ? negate(operand) : operand;
        }
        if (ctx instanceof CypherParser.PowerContext c) {
            return binary("^", c.expression(0), c.expression(1));
        }
        if (ctx instanceof CypherParser.MultiplicativeContext c) {
            return binary(c.op.getText(), c.expression(0), c.expression(1));
        }
        if (ctx instanceof CypherParser.AdditiveContext c) {
            return binary(c.op.getText(), c.expression(0), c.expression(1));
        }
        if (ctx instanceof CypherParser.BitShiftContext c) {
            return new Expression.FunctionCall(c.op.getText().equals("<<") ? "bitshift_left" : "bitshift_right",
                    false, List.of(expression(c.expression(0)), expression(c.expression(1))));
        }
        if (ctx instanceof CypherParser.BitwiseAndContext c) {
            return new Expression.FunctionCall("bitwise_and", false,
                    List.of(expression(c.expression(0)), expression(c.expression(1))));
        }
        if (ctx instanceof CypherParser.NullCheckContext c) {
            return new Expression.IsNull(expression(c.expression()), c.NOT() != null);
        }
        if (ctx instanceof CypherParser.StartsWithContext c) {
            return binary("STARTS_WITH", c.expression(0), c.expression(1));
        }
        if (ctx instanceof CypherParser.EndsWithContext c) {
            return binary("ENDS_WITH", c.expression(0), c.expression(1));
        }
        if (ctx instanceof CypherParser.ContainsContext c) {
            return binary("CONTAINS", c.expression(0), c.expression(1));
        }
        if (ctx instanceof CypherParser.InContext c) {
            return binary("IN", c.expression(0), c.expression(1));
        }
        if (ctx instanceof CypherParser.ComparisonContext c) {
            if (c.op.getText().equals("!=")) {
                throw StatementParser.syntaxError(c.op,
                        "Unknown operation '!=' (you probably meant to use '<>', which is the operator for inequality testing.)");
            }
            return binary(c.op.getText(), c.expression(0), c.expression(1));
        }
        if (ctx instanceof CypherParser.NotContext c) {
            return new Expression.Operator("NOT", List.of(expression(c.expression())));
        }
        if (ctx instanceof CypherParser.AndContext c) {
            return binary("AND", c.expression(0), c.expression(1));
        }
        if (ctx instanceof CypherParser.XorContext c) {
            return binary("XOR", c.expression(0), c.expression(1));
        }
        if (ctx instanceof CypherParser.OrContext c) {
            return binary("OR", c.expression(0), c.expression(1));
        }
        return atom(((CypherParser.AtomExpressionContext) ctx).atom());
    }

    /** A minus before a number literal is part of the literal (so -9223372036854775808 parses). */
    private static Expression negate(Expression operand) {
        if (operand instanceof Expression.Literal l && l.value() instanceof Long v) {
            return new Expression.Literal(-v);
        }
        if (operand instanceof Expression.Literal l && l.value() instanceof Double v) {
            return new Expression.Literal(-v);
        }
        if (operand instanceof Expression.Literal l && l.value() instanceof java.math.BigInteger v) {
            // 9223372036854775808 only fits a long negated; a larger literal stays an INT128.
            java.math.BigInteger negated = v.negate();
            return new Expression.Literal(negated.bitLength() < 64 ? (Object) negated.longValueExact() : negated);
        }
        return new Expression.Operator("NEG", List.of(operand));
    }

    private Expression binary(String op, CypherParser.ExpressionContext left, CypherParser.ExpressionContext right) {
        return new Expression.Operator(op, List.of(expression(left), expression(right)));
    }

    private Expression atom(CypherParser.AtomContext ctx) {
        if (ctx instanceof CypherParser.LiteralAtomContext c) {
            return literal(c.literal());
        }
        if (ctx instanceof CypherParser.ParameterAtomContext c) {
            return new Expression.Parameter(c.parameter().getText().substring(1));
        }
        if (ctx instanceof CypherParser.CountStarContext) {
            return new Expression.CountStar();
        }
        if (ctx instanceof CypherParser.CaseAtomContext c) {
            return caseExpression(c);
        }
        if (ctx instanceof CypherParser.ListAtomContext c) {
            return new Expression.ListLiteral(c.expression().stream().map(this::expression).toList());
        }
        if (ctx instanceof CypherParser.MapAtomContext c) {
            return new Expression.MapLiteral(mapEntries(c.mapLiteral()));
        }
        if (ctx instanceof CypherParser.CastAtomContext c) {
            return new Expression.FunctionCall(name(c.symbolicName()), false,
                    List.of(expression(c.expression()), new Expression.Literal(text(c.dataType()))));
        }
        if (ctx instanceof CypherParser.FunctionAtomContext c) {
            return functionCall(c.functionInvocation());
        }
        if (ctx instanceof CypherParser.QuantifierAtomContext c) {
            return quantifier(c);
        }
        if (ctx instanceof CypherParser.ParenthesizedContext c) {
            return expression(c.expression());
        }
        return new Expression.Variable(name(((CypherParser.VariableAtomContext) ctx).symbolicName()));
    }

    private Expression caseExpression(CypherParser.CaseAtomContext c) {
        List<CypherParser.ExpressionContext> all = c.expression();
        int whenCount = c.WHEN().size();
        boolean hasSubject = all.size() > 2 * whenCount + (c.ELSE() != null ? 1 : 0);
        int offset = hasSubject ? 1 : 0;
        List<Expression> whens = new ArrayList<>();
        List<Expression> thens = new ArrayList<>();
        for (int i = 0; i < whenCount; i++) {
            whens.add(expression(all.get(offset + 2 * i)));
            thens.add(expression(all.get(offset + 2 * i + 1)));
        }
        return new Expression.Case(hasSubject ? Optional.of(expression(all.get(0))) : Optional.empty(),
                whens, thens, c.ELSE() != null ? Optional.of(expression(all.get(all.size() - 1))) : Optional.empty());
    }

    Expression.FunctionCall functionCall(CypherParser.FunctionInvocationContext ctx) {
        return new Expression.FunctionCall(name(ctx.symbolicName()), ctx.DISTINCT() != null,
                ctx.functionArgument().stream().map(this::functionArgument).toList());
    }

    private Expression functionArgument(CypherParser.FunctionArgumentContext ctx) {
        if (ctx.lambdaParameters() == null) {
            return expression(ctx.expression());
        }
        List<String> parameters = ctx.lambdaParameters().symbolicName().stream().map(AstBuilder::name).toList();
        return new Expression.Lambda(parameters, expression(ctx.expression()));
    }

    /** ALL/ANY/NONE/SINGLE(x IN list WHERE p) is, as in Kùzu, that function of the list and the lambda x -> p. */
    private Expression quantifier(CypherParser.QuantifierAtomContext ctx) {
        String name = name(ctx.symbolicName(0));
        if (!List.of("ALL", "ANY", "NONE", "SINGLE").contains(name.toUpperCase(java.util.Locale.ROOT))) {
            throw new KuzuException(KuzuException.Kind.PARSER, "Invalid input <" + ctx.getText() + ">: " + name
                    + " is not a list predicate (ALL, ANY, NONE, SINGLE).");
        }
        Expression.Lambda predicate = new Expression.Lambda(List.of(name(ctx.symbolicName(1))),
                expression(ctx.expression(1)));
        return new Expression.FunctionCall(name, false, List.of(expression(ctx.expression(0)), predicate));
    }

    private Expression literal(CypherParser.LiteralContext ctx) {
        if (ctx instanceof CypherParser.IntegerLiteralContext c) {
            try {
                return new Expression.Literal(Long.parseLong(c.getText()));
            } catch (NumberFormatException e) {
                return new Expression.Literal(new java.math.BigInteger(c.getText()));
            }
        }
        if (ctx instanceof CypherParser.DoubleLiteralContext c) {
            return new Expression.Literal(Double.parseDouble(c.getText()));
        }
        if (ctx instanceof CypherParser.StringLiteralContext c) {
            return new Expression.Literal(string(c.StringLiteral()));
        }
        if (ctx instanceof CypherParser.TrueLiteralContext) {
            return new Expression.Literal(Boolean.TRUE);
        }
        if (ctx instanceof CypherParser.FalseLiteralContext) {
            return new Expression.Literal(Boolean.FALSE);
        }
        return new Expression.Literal(null);
    }

    static String name(CypherParser.SymbolicNameContext ctx) {
        if (ctx.EscapedIdentifier() != null) {
            String raw = ctx.getText();
            return raw.substring(1, raw.length() - 1).replace("``", "`");
        }
        return ctx.getText();
    }

    /** The source text of a rule, as the user wrote it (names unaliased columns). */
    private static String text(ParserRuleContext ctx) {
        Token start = ctx.getStart();
        Token stop = ctx.getStop();
        return start.getInputStream().getText(Interval.of(start.getStartIndex(), stop.getStopIndex()));
    }

    static String string(TerminalNode node) {
        return StringLiterals.unescape(node.getText());
    }
}
