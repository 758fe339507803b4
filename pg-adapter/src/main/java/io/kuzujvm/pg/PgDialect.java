package io.kuzujvm.pg;

import org.apache.calcite.sql.dialect.PostgresqlSqlDialect;

/**
 * PostgreSQL's SQL dialect for generated queries. String literals are written as plain
 * quoted UTF-8 text (pgjdbc sends the statement as UTF-8): Calcite would prefix literals
 * of a non-default character set with {@code _UTF-8}, which PostgreSQL does not accept.
 */
final class PgDialect extends PostgresqlSqlDialect {

    static final PgDialect INSTANCE = new PgDialect();

    private PgDialect() {
        super(PostgresqlSqlDialect.DEFAULT_CONTEXT);
    }

    @Override
    public void quoteStringLiteral(StringBuilder buf, String charsetName, String val) {
        buf.append('\'').append(val.replace("'", "''")).append('\'');
    }
}
