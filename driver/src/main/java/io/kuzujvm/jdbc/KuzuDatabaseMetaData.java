package io.kuzujvm.jdbc;

import io.kuzujvm.engine.types.LogicalType;
import io.kuzujvm.engine.types.TypeId;
import io.kuzujvm.planner.QueryResult;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.RowIdLifetime;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What tools (DBeaver, DataGrip, sqlline) learn about the database. Tables and columns come
 * from Kùzu's table functions {@code SHOW_TABLES()} and {@code TABLE_INFO('t')}; everything
 * else is a constant describing Kùzu. Names are case-insensitive and stored as written, so
 * this reports mixed-case storage and tools must not change the case of names.
 */
public final class KuzuDatabaseMetaData extends KuzuWrapper implements DatabaseMetaData {

    public static final String PRODUCT_NAME = "Kuzu";
    public static final String PRODUCT_VERSION = "0.11.2-compatible (kuzu-jvm " + KuzuDriver.VERSION + ")";

    /** Node tables and rel tables; a caller asking for plain "TABLE" gets both. */
    static final String NODE_TABLE = "NODE TABLE";
    static final String REL_TABLE = "REL TABLE";

    private final KuzuConnection connection;

    KuzuDatabaseMetaData(KuzuConnection connection) {
        this.connection = connection;
    }

    // ---- reading the catalog through table functions --------------------------------------------

    /** A table as SHOW_TABLES reports it. */
    private record TableRow(String name, String type, String comment) {
    }

    /** A property as TABLE_INFO reports it. */
    private record ColumnRow(String name, String type, String defaultExpression, boolean primaryKey) {
    }

    /**
     * The rows of a catalog query, or an empty list when the query fails (the table functions
     * may not exist yet in this engine); a closed connection still fails.
     */
    private List<Map<String, Object>> queryRows(String cypher) throws SQLException {
        connection.checkOpen();
        List<Map<String, Object>> rows = new ArrayList<>();
        QueryResult result;
        try {
            result = connection.run(cypher, Map.of(), false);
        } catch (SQLException e) {
            return rows;
        }
        QueryResultCursor cursor = new QueryResultCursor(result, connection.lock());
        try {
            List<String> names = cursor.columnNames();
            while (cursor.next()) {
                Map<String, Object> row = new java.util.HashMap<>();
                for (int i = 0; i < names.size(); i++) {
                    row.put(names.get(i).toLowerCase(Locale.ROOT), cursor.value(i));
                }
                rows.add(row);
            }
        } catch (RuntimeException e) {
            rows.clear();
        } finally {
            cursor.close();
        }
        return rows;
    }

    private List<TableRow> tables() throws SQLException {
        List<TableRow> tables = new ArrayList<>();
        for (Map<String, Object> row : queryRows("CALL SHOW_TABLES() RETURN *")) {
            tables.add(new TableRow(text(row.get("name")), tableType(text(row.get("type"))), text(row.get("comment"))));
        }
        return tables;
    }

    private List<ColumnRow> columns(String table) throws SQLException {
        String literal = table.replace("\\", "\\\\").replace("'", "\\'");
        List<ColumnRow> columns = new ArrayList<>();
        for (Map<String, Object> row : queryRows("CALL TABLE_INFO('" + literal + "') RETURN *")) {
            Object pk = row.get("primary key");
            columns.add(new ColumnRow(text(row.get("name")), text(row.get("type")),
                    text(row.get("default expression")), Boolean.TRUE.equals(pk)));
        }
        return columns;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String tableType(String kuzuType) {
        if (kuzuType == null) {
            return null;
        }
        return switch (kuzuType.toUpperCase(Locale.ROOT)) {
            case "NODE" -> NODE_TABLE;
            case "REL" -> REL_TABLE;
            default -> kuzuType.toUpperCase(Locale.ROOT);
        };
    }

    /** No catalogs or schemas: a filter matches when it asks for none ("" or null) or matches "". */
    private static boolean noCatalogOrSchemaMatches(String catalog, String schemaPattern) {
        return (catalog == null || catalog.isEmpty()) && LikePattern.of(schemaPattern).matches("");
    }

    private static boolean typeWanted(String type, String[] types) {
        if (types == null) {
            return true;
        }
        for (String wanted : types) {
            if (wanted == null) {
                continue;
            }
            if (wanted.equalsIgnoreCase(type)
                    || (wanted.equalsIgnoreCase("TABLE") && (NODE_TABLE.equals(type) || REL_TABLE.equals(type)))) {
                return true;
            }
        }
        return false;
    }

    /** The stored spelling of a table, matching case-insensitively; null when absent. */
    private TableRow findTable(String name) throws SQLException {
        if (name == null) {
            return null;
        }
        for (TableRow table : tables()) {
            if (name.equalsIgnoreCase(table.name())) {
                return table;
            }
        }
        return null;
    }

    // ---- tables, columns, keys --------------------------------------------------------------------

    @Override
    public ResultSet getTables(String catalog, String schemaPattern, String tableNamePattern, String[] types)
            throws SQLException {
        MetadataTable result = MetadataTable.of("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "TABLE_TYPE", "REMARKS",
                "TYPE_CAT", "TYPE_SCHEM", "TYPE_NAME", "SELF_REFERENCING_COL_NAME", "REF_GENERATION");
        if (noCatalogOrSchemaMatches(catalog, schemaPattern)) {
            LikePattern names = LikePattern.of(tableNamePattern);
            for (TableRow table : tables()) {
                if (names.matches(table.name()) && typeWanted(table.type(), types)) {
                    String remarks = table.comment() == null || table.comment().isEmpty() ? null : table.comment();
                    result.row(null, null, table.name(), table.type(), remarks, null, null, null, null, null);
                }
            }
        }
        return result.sortBy("TABLE_TYPE", "TABLE_NAME").toResultSet();
    }

    @Override
    public ResultSet getColumns(String catalog, String schemaPattern, String tableNamePattern,
                                String columnNamePattern) throws SQLException {
        MetadataTable result = MetadataTable.of("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME",
                "DATA_TYPE:int", "TYPE_NAME", "COLUMN_SIZE:int", "BUFFER_LENGTH:int", "DECIMAL_DIGITS:int",
                "NUM_PREC_RADIX:int", "NULLABLE:int", "REMARKS", "COLUMN_DEF", "SQL_DATA_TYPE:int",
                "SQL_DATETIME_SUB:int", "CHAR_OCTET_LENGTH:int", "ORDINAL_POSITION:int", "IS_NULLABLE",
                "SCOPE_CATALOG", "SCOPE_SCHEMA", "SCOPE_TABLE", "SOURCE_DATA_TYPE:short", "IS_AUTOINCREMENT",
                "IS_GENERATEDCOLUMN");
        if (noCatalogOrSchemaMatches(catalog, schemaPattern)) {
            LikePattern tableNames = LikePattern.of(tableNamePattern);
            LikePattern columnNames = LikePattern.of(columnNamePattern);
            for (TableRow table : tables()) {
                if (!tableNames.matches(table.name())) {
                    continue;
                }
                int position = 0;
                for (ColumnRow column : columns(table.name())) {
                    position++;
                    if (columnNames.matches(column.name())) {
                        result.row(columnRow(table.name(), column, position));
                    }
                }
            }
        }
        return result.sortBy("TABLE_NAME", "ORDINAL_POSITION").toResultSet();
    }

    private static Object[] columnRow(String table, ColumnRow column, int position) {
        LogicalType type = JdbcTypeMapping.parseTypeName(column.type());
        int sqlType = JdbcTypeMapping.sqlType(type);
        int size = JdbcTypeMapping.precision(type);
        boolean numeric = type.isNumeric();
        String defaultExpression = column.defaultExpression();
        if (defaultExpression != null && (defaultExpression.isEmpty() || defaultExpression.equalsIgnoreCase("NULL"))) {
            defaultExpression = null;
        }
        boolean serial = type.id() == TypeId.SERIAL;
        return new Object[] {
            null, null, table, column.name(),
            sqlType, column.type(), size, null, numeric ? JdbcTypeMapping.scale(type) : null,
            numeric ? 10 : null,
            column.primaryKey() ? columnNoNulls : columnNullable,
            null, defaultExpression, null,
            null, type.id() == TypeId.STRING || type.id() == TypeId.BLOB ? size : null, position,
            column.primaryKey() ? "NO" : "YES",
            null, null, null, null, serial ? "YES" : "NO",
            "NO"
        };
    }

    @Override
    public ResultSet getPrimaryKeys(String catalog, String schema, String table) throws SQLException {
        MetadataTable result = MetadataTable.of("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME",
                "KEY_SEQ:short", "PK_NAME");
        if (noCatalogOrSchemaMatches(catalog, schema)) {
            TableRow found = findTable(table);
            if (found != null) {
                short sequence = 0;
                for (ColumnRow column : columns(found.name())) {
                    if (column.primaryKey()) {
                        result.row(null, null, found.name(), column.name(), ++sequence, null);
                    }
                }
            }
        }
        return result.sortBy("COLUMN_NAME").toResultSet();
    }

    /** The primary key's hash index: the one index a node table has. */
    @Override
    public ResultSet getIndexInfo(String catalog, String schema, String table, boolean unique, boolean approximate)
            throws SQLException {
        MetadataTable result = MetadataTable.of("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "NON_UNIQUE:bool",
                "INDEX_QUALIFIER", "INDEX_NAME", "TYPE:short", "ORDINAL_POSITION:short", "COLUMN_NAME",
                "ASC_OR_DESC", "CARDINALITY:long", "PAGES:long", "FILTER_CONDITION");
        if (noCatalogOrSchemaMatches(catalog, schema)) {
            TableRow found = findTable(table);
            if (found != null) {
                short position = 0;
                for (ColumnRow column : columns(found.name())) {
                    if (column.primaryKey()) {
                        result.row(null, null, found.name(), false, null, found.name() + "_pk",
                                (short) tableIndexHashed, ++position, column.name(), null, null, null, null);
                    }
                }
            }
        }
        return result.toResultSet();
    }

    @Override
    public ResultSet getBestRowIdentifier(String catalog, String schema, String table, int scope, boolean nullable)
            throws SQLException {
        MetadataTable result = MetadataTable.of("SCOPE:short", "COLUMN_NAME", "DATA_TYPE:int", "TYPE_NAME",
                "COLUMN_SIZE:int", "BUFFER_LENGTH:int", "DECIMAL_DIGITS:short", "PSEUDO_COLUMN:short");
        if (noCatalogOrSchemaMatches(catalog, schema)) {
            TableRow found = findTable(table);
            if (found != null) {
                for (ColumnRow column : columns(found.name())) {
                    if (column.primaryKey()) {
                        LogicalType type = JdbcTypeMapping.parseTypeName(column.type());
                        result.row((short) bestRowSession, column.name(), JdbcTypeMapping.sqlType(type), column.type(),
                                JdbcTypeMapping.precision(type), null, (short) JdbcTypeMapping.scale(type),
                                (short) bestRowNotPseudo);
                    }
                }
            }
        }
        return result.toResultSet();
    }

    @Override
    public ResultSet getTableTypes() throws SQLException {
        connection.checkOpen();
        return MetadataTable.of("TABLE_TYPE").row(NODE_TABLE).row(REL_TABLE).toResultSet();
    }

    @Override
    public ResultSet getSchemas() throws SQLException {
        return getSchemas(null, null);
    }

    @Override
    public ResultSet getSchemas(String catalog, String schemaPattern) throws SQLException {
        connection.checkOpen();
        return MetadataTable.of("TABLE_SCHEM", "TABLE_CATALOG").toResultSet();
    }

    @Override
    public ResultSet getCatalogs() throws SQLException {
        connection.checkOpen();
        return MetadataTable.of("TABLE_CAT").toResultSet();
    }

    /** The types a user can write in DDL, with the literal forms Kùzu reads. */
    @Override
    public ResultSet getTypeInfo() throws SQLException {
        connection.checkOpen();
        MetadataTable result = MetadataTable.of("TYPE_NAME", "DATA_TYPE:int", "PRECISION:int", "LITERAL_PREFIX",
                "LITERAL_SUFFIX", "CREATE_PARAMS", "NULLABLE:short", "CASE_SENSITIVE:bool", "SEARCHABLE:short",
                "UNSIGNED_ATTRIBUTE:bool", "FIXED_PREC_SCALE:bool", "AUTO_INCREMENT:bool", "LOCAL_TYPE_NAME",
                "MINIMUM_SCALE:short", "MAXIMUM_SCALE:short", "SQL_DATA_TYPE:int", "SQL_DATETIME_SUB:int",
                "NUM_PREC_RADIX:int");
        for (TypeId id : TypeId.values()) {
            if (id == TypeId.ANY || id == TypeId.NODE || id == TypeId.REL || id == TypeId.RECURSIVE_REL
                    || id == TypeId.INTERNAL_ID) {
                continue;
            }
            LogicalType type = LogicalType.of(id);
            String[] literal = literalForm(id);
            boolean numeric = type.isNumeric();
            result.row(id.name(), JdbcTypeMapping.sqlType(type), JdbcTypeMapping.precision(type), literal[0],
                    literal[1], id == TypeId.DECIMAL ? "precision,scale" : null, (short) typeNullable,
                    JdbcTypeMapping.isCaseSensitive(type), (short) typeSearchable,
                    numeric && !JdbcTypeMapping.isSigned(type), id == TypeId.DECIMAL, id == TypeId.SERIAL, id.name(),
                    (short) 0, (short) (id == TypeId.DECIMAL ? 38 : JdbcTypeMapping.scale(type)), null, null,
                    numeric ? 10 : null);
        }
        return result.sortBy("DATA_TYPE", "TYPE_NAME").toResultSet();
    }

    private static String[] literalForm(TypeId id) {
        return switch (id) {
            case STRING -> new String[] {"'", "'"};
            case DATE -> new String[] {"date('", "')"};
            case TIMESTAMP -> new String[] {"timestamp('", "')"};
            case TIMESTAMP_TZ -> new String[] {"timestamp_tz('", "')"};
            case INTERVAL -> new String[] {"interval('", "')"};
            case UUID -> new String[] {"UUID('", "')"};
            case BLOB -> new String[] {"BLOB('", "')"};
            case LIST -> new String[] {"[", "]"};
            case STRUCT, MAP -> new String[] {"{", "}"};
            default -> new String[] {null, null};
        };
    }

    @Override
    public ResultSet getImportedKeys(String catalog, String schema, String table) throws SQLException {
        return foreignKeys();
    }

    @Override
    public ResultSet getExportedKeys(String catalog, String schema, String table) throws SQLException {
        return foreignKeys();
    }

    @Override
    public ResultSet getCrossReference(String parentCatalog, String parentSchema, String parentTable,
                                       String foreignCatalog, String foreignSchema, String foreignTable)
            throws SQLException {
        return foreignKeys();
    }

    /** Empty: rel tables connect node tables, but that is not reported as foreign keys yet. */
    private ResultSet foreignKeys() throws SQLException {
        connection.checkOpen();
        return MetadataTable.of("PKTABLE_CAT", "PKTABLE_SCHEM", "PKTABLE_NAME", "PKCOLUMN_NAME", "FKTABLE_CAT",
                "FKTABLE_SCHEM", "FKTABLE_NAME", "FKCOLUMN_NAME", "KEY_SEQ:short", "UPDATE_RULE:short",
                "DELETE_RULE:short", "FK_NAME", "PK_NAME", "DEFERRABILITY:short").toResultSet();
    }

    // ---- things Kùzu does not have: empty, well-formed results ----------------------------------------

    private ResultSet empty(String... columns) throws SQLException {
        connection.checkOpen();
        return MetadataTable.of(columns).toResultSet();
    }

    @Override
    public ResultSet getProcedures(String catalog, String schemaPattern, String procedureNamePattern)
            throws SQLException {
        return empty("PROCEDURE_CAT", "PROCEDURE_SCHEM", "PROCEDURE_NAME", "RESERVED1", "RESERVED2", "RESERVED3",
                "REMARKS", "PROCEDURE_TYPE:short", "SPECIFIC_NAME");
    }

    @Override
    public ResultSet getProcedureColumns(String catalog, String schemaPattern, String procedureNamePattern,
                                         String columnNamePattern) throws SQLException {
        return empty("PROCEDURE_CAT", "PROCEDURE_SCHEM", "PROCEDURE_NAME", "COLUMN_NAME", "COLUMN_TYPE:short",
                "DATA_TYPE:int", "TYPE_NAME", "PRECISION:int", "LENGTH:int", "SCALE:short", "RADIX:short",
                "NULLABLE:short", "REMARKS", "COLUMN_DEF", "SQL_DATA_TYPE:int", "SQL_DATETIME_SUB:int",
                "CHAR_OCTET_LENGTH:int", "ORDINAL_POSITION:int", "IS_NULLABLE", "SPECIFIC_NAME");
    }

    @Override
    public ResultSet getFunctions(String catalog, String schemaPattern, String functionNamePattern)
            throws SQLException {
        return empty("FUNCTION_CAT", "FUNCTION_SCHEM", "FUNCTION_NAME", "REMARKS", "FUNCTION_TYPE:short",
                "SPECIFIC_NAME");
    }

    @Override
    public ResultSet getFunctionColumns(String catalog, String schemaPattern, String functionNamePattern,
                                        String columnNamePattern) throws SQLException {
        return empty("FUNCTION_CAT", "FUNCTION_SCHEM", "FUNCTION_NAME", "COLUMN_NAME", "COLUMN_TYPE:short",
                "DATA_TYPE:int", "TYPE_NAME", "PRECISION:int", "LENGTH:int", "SCALE:short", "RADIX:short",
                "NULLABLE:short", "REMARKS", "CHAR_OCTET_LENGTH:int", "ORDINAL_POSITION:int", "IS_NULLABLE",
                "SPECIFIC_NAME");
    }

    @Override
    public ResultSet getColumnPrivileges(String catalog, String schema, String table, String columnNamePattern)
            throws SQLException {
        return empty("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME", "GRANTOR", "GRANTEE", "PRIVILEGE",
                "IS_GRANTABLE");
    }

    @Override
    public ResultSet getTablePrivileges(String catalog, String schemaPattern, String tableNamePattern)
            throws SQLException {
        return empty("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "GRANTOR", "GRANTEE", "PRIVILEGE", "IS_GRANTABLE");
    }

    @Override
    public ResultSet getVersionColumns(String catalog, String schema, String table) throws SQLException {
        return empty("SCOPE:short", "COLUMN_NAME", "DATA_TYPE:int", "TYPE_NAME", "COLUMN_SIZE:int",
                "BUFFER_LENGTH:int", "DECIMAL_DIGITS:short", "PSEUDO_COLUMN:short");
    }

    @Override
    public ResultSet getUDTs(String catalog, String schemaPattern, String typeNamePattern, int[] types)
            throws SQLException {
        return empty("TYPE_CAT", "TYPE_SCHEM", "TYPE_NAME", "CLASS_NAME", "DATA_TYPE:int", "REMARKS",
                "BASE_TYPE:short");
    }

    @Override
    public ResultSet getSuperTypes(String catalog, String schemaPattern, String typeNamePattern) throws SQLException {
        return empty("TYPE_CAT", "TYPE_SCHEM", "TYPE_NAME", "SUPERTYPE_CAT", "SUPERTYPE_SCHEM", "SUPERTYPE_NAME");
    }

    @Override
    public ResultSet getSuperTables(String catalog, String schemaPattern, String tableNamePattern)
            throws SQLException {
        return empty("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "SUPERTABLE_NAME");
    }

    @Override
    public ResultSet getAttributes(String catalog, String schemaPattern, String typeNamePattern,
                                   String attributeNamePattern) throws SQLException {
        return empty("TYPE_CAT", "TYPE_SCHEM", "TYPE_NAME", "ATTR_NAME", "DATA_TYPE:int", "ATTR_TYPE_NAME",
                "ATTR_SIZE:int", "DECIMAL_DIGITS:int", "NUM_PREC_RADIX:int", "NULLABLE:int", "REMARKS", "ATTR_DEF",
                "SQL_DATA_TYPE:int", "SQL_DATETIME_SUB:int", "CHAR_OCTET_LENGTH:int", "ORDINAL_POSITION:int",
                "IS_NULLABLE", "SCOPE_CATALOG", "SCOPE_SCHEMA", "SCOPE_TABLE", "SOURCE_DATA_TYPE:short");
    }

    @Override
    public ResultSet getClientInfoProperties() throws SQLException {
        return empty("NAME", "MAX_LEN:int", "DEFAULT_VALUE", "DESCRIPTION");
    }

    @Override
    public ResultSet getPseudoColumns(String catalog, String schemaPattern, String tableNamePattern,
                                      String columnNamePattern) throws SQLException {
        return empty("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME", "DATA_TYPE:int", "COLUMN_SIZE:int",
                "DECIMAL_DIGITS:int", "NUM_PREC_RADIX:int", "COLUMN_USAGE", "REMARKS", "CHAR_OCTET_LENGTH:int",
                "IS_NULLABLE");
    }

    // ---- product and driver ---------------------------------------------------------------------------

    @Override
    public String getDatabaseProductName() {
        return PRODUCT_NAME;
    }

    @Override
    public String getDatabaseProductVersion() {
        return PRODUCT_VERSION;
    }

    @Override
    public int getDatabaseMajorVersion() {
        return 0;
    }

    @Override
    public int getDatabaseMinorVersion() {
        return 11;
    }

    @Override
    public String getDriverName() {
        return KuzuDriver.NAME;
    }

    @Override
    public String getDriverVersion() {
        return KuzuDriver.VERSION;
    }

    @Override
    public int getDriverMajorVersion() {
        return KuzuDriver.MAJOR_VERSION;
    }

    @Override
    public int getDriverMinorVersion() {
        return KuzuDriver.MINOR_VERSION;
    }

    @Override
    public int getJDBCMajorVersion() {
        return 4;
    }

    @Override
    public int getJDBCMinorVersion() {
        return 2;
    }

    @Override
    public String getURL() {
        return connection.url();
    }

    /** An embedded database has no users. */
    @Override
    public String getUserName() {
        return null;
    }

    @Override
    public boolean isReadOnly() throws SQLException {
        return connection.isReadOnly();
    }

    @Override
    public Connection getConnection() {
        return connection;
    }

    @Override
    public boolean usesLocalFiles() {
        return false; // only in-memory databases so far
    }

    @Override
    public boolean usesLocalFilePerTable() {
        return false;
    }

    // ---- identifiers: case-insensitive, stored as written ------------------------------------------

    @Override
    public boolean supportsMixedCaseIdentifiers() {
        return false;
    }

    @Override
    public boolean storesUpperCaseIdentifiers() {
        return false;
    }

    @Override
    public boolean storesLowerCaseIdentifiers() {
        return false;
    }

    @Override
    public boolean storesMixedCaseIdentifiers() {
        return true;
    }

    @Override
    public boolean supportsMixedCaseQuotedIdentifiers() {
        return false;
    }

    @Override
    public boolean storesUpperCaseQuotedIdentifiers() {
        return false;
    }

    @Override
    public boolean storesLowerCaseQuotedIdentifiers() {
        return false;
    }

    @Override
    public boolean storesMixedCaseQuotedIdentifiers() {
        return true;
    }

    @Override
    public String getIdentifierQuoteString() {
        return "`";
    }

    @Override
    public String getSearchStringEscape() {
        return LikePattern.ESCAPE;
    }

    @Override
    public String getExtraNameCharacters() {
        return "";
    }

    /** Cypher words that are not SQL:2003 keywords. */
    @Override
    public String getSQLKeywords() {
        return "ATTACH,CONTAINS,COPY,DETACH,ENDS,EXPLAIN,EXPORT,IMPORT,INSTALL,LOAD,MACRO,MATCH,MERGE,NODE,OPTIONAL,"
                + "PROFILE,REL,RETURN,SERIAL,SHORTEST,STARTS,UNWIND,USE,XOR,YIELD";
    }

    @Override
    public String getNumericFunctions() {
        return "ABS,ACOS,ASIN,ATAN,ATAN2,CEIL,CEILING,COS,COT,DEGREES,EVEN,FACTORIAL,FLOOR,GAMMA,LN,LOG,LOG2,LOG10,"
                + "NEGATE,PI,POW,RADIANS,RAND,ROUND,SIGN,SIN,SQRT,TAN";
    }

    @Override
    public String getStringFunctions() {
        return "CONCAT,CONTAINS,ENDS_WITH,LCASE,LEFT,LOWER,LPAD,LTRIM,PREFIX,REPEAT,REVERSE,RIGHT,RPAD,RTRIM,SIZE,"
                + "STARTS_WITH,SUBSTR,SUBSTRING,SUFFIX,TRIM,UCASE,UPPER";
    }

    @Override
    public String getSystemFunctions() {
        return "";
    }

    @Override
    public String getTimeDateFunctions() {
        return "CURRENT_DATE,CURRENT_TIMESTAMP,DATE_PART,DATE_TRUNC,DAYNAME,EPOCH_MS,LAST_DAY,MAKE_DATE,MONTHNAME,"
                + "TO_TIMESTAMP";
    }

    // ---- what the query language supports ----------------------------------------------------------

    @Override
    public boolean allProceduresAreCallable() {
        return false;
    }

    @Override
    public boolean allTablesAreSelectable() {
        return true;
    }

    @Override
    public boolean nullsAreSortedHigh() {
        return true; // Kùzu sorts nulls last ascending and first descending
    }

    @Override
    public boolean nullsAreSortedLow() {
        return false;
    }

    @Override
    public boolean nullsAreSortedAtStart() {
        return false;
    }

    @Override
    public boolean nullsAreSortedAtEnd() {
        return false;
    }

    @Override
    public boolean supportsAlterTableWithAddColumn() {
        return true;
    }

    @Override
    public boolean supportsAlterTableWithDropColumn() {
        return true;
    }

    @Override
    public boolean supportsColumnAliasing() {
        return true;
    }

    @Override
    public boolean nullPlusNonNullIsNull() {
        return true;
    }

    @Override
    public boolean supportsConvert() {
        return false;
    }

    @Override
    public boolean supportsConvert(int fromType, int toType) {
        return false;
    }

    @Override
    public boolean supportsTableCorrelationNames() {
        return true;
    }

    @Override
    public boolean supportsDifferentTableCorrelationNames() {
        return true;
    }

    @Override
    public boolean supportsExpressionsInOrderBy() {
        return true;
    }

    @Override
    public boolean supportsOrderByUnrelated() {
        return false;
    }

    @Override
    public boolean supportsGroupBy() {
        return true; // implicit grouping by the non-aggregated RETURN expressions
    }

    @Override
    public boolean supportsGroupByUnrelated() {
        return false;
    }

    @Override
    public boolean supportsGroupByBeyondSelect() {
        return false;
    }

    @Override
    public boolean supportsLikeEscapeClause() {
        return false;
    }

    @Override
    public boolean supportsMultipleResultSets() {
        return false;
    }

    @Override
    public boolean supportsMultipleTransactions() {
        return true;
    }

    @Override
    public boolean supportsNonNullableColumns() {
        return false;
    }

    @Override
    public boolean supportsMinimumSQLGrammar() {
        return false; // the language is Cypher
    }

    @Override
    public boolean supportsCoreSQLGrammar() {
        return false;
    }

    @Override
    public boolean supportsExtendedSQLGrammar() {
        return false;
    }

    @Override
    public boolean supportsANSI92EntryLevelSQL() {
        return false;
    }

    @Override
    public boolean supportsANSI92IntermediateSQL() {
        return false;
    }

    @Override
    public boolean supportsANSI92FullSQL() {
        return false;
    }

    @Override
    public boolean supportsIntegrityEnhancementFacility() {
        return false;
    }

    @Override
    public boolean supportsOuterJoins() {
        return true; // OPTIONAL MATCH
    }

    @Override
    public boolean supportsFullOuterJoins() {
        return false;
    }

    @Override
    public boolean supportsLimitedOuterJoins() {
        return true;
    }

    @Override
    public String getSchemaTerm() {
        return "schema";
    }

    @Override
    public String getProcedureTerm() {
        return "procedure";
    }

    @Override
    public String getCatalogTerm() {
        return "catalog";
    }

    @Override
    public boolean isCatalogAtStart() {
        return true;
    }

    @Override
    public String getCatalogSeparator() {
        return ".";
    }

    @Override
    public boolean supportsSchemasInDataManipulation() {
        return false;
    }

    @Override
    public boolean supportsSchemasInProcedureCalls() {
        return false;
    }

    @Override
    public boolean supportsSchemasInTableDefinitions() {
        return false;
    }

    @Override
    public boolean supportsSchemasInIndexDefinitions() {
        return false;
    }

    @Override
    public boolean supportsSchemasInPrivilegeDefinitions() {
        return false;
    }

    @Override
    public boolean supportsCatalogsInDataManipulation() {
        return false;
    }

    @Override
    public boolean supportsCatalogsInProcedureCalls() {
        return false;
    }

    @Override
    public boolean supportsCatalogsInTableDefinitions() {
        return false;
    }

    @Override
    public boolean supportsCatalogsInIndexDefinitions() {
        return false;
    }

    @Override
    public boolean supportsCatalogsInPrivilegeDefinitions() {
        return false;
    }

    @Override
    public boolean supportsPositionedDelete() {
        return false;
    }

    @Override
    public boolean supportsPositionedUpdate() {
        return false;
    }

    @Override
    public boolean supportsSelectForUpdate() {
        return false;
    }

    @Override
    public boolean supportsStoredProcedures() {
        return false;
    }

    @Override
    public boolean supportsSubqueriesInComparisons() {
        return false;
    }

    @Override
    public boolean supportsSubqueriesInExists() {
        return true; // EXISTS { MATCH ... }
    }

    @Override
    public boolean supportsSubqueriesInIns() {
        return false;
    }

    @Override
    public boolean supportsSubqueriesInQuantifieds() {
        return false;
    }

    @Override
    public boolean supportsCorrelatedSubqueries() {
        return true;
    }

    @Override
    public boolean supportsUnion() {
        return true;
    }

    @Override
    public boolean supportsUnionAll() {
        return true;
    }

    @Override
    public boolean supportsOpenCursorsAcrossCommit() {
        return false;
    }

    @Override
    public boolean supportsOpenCursorsAcrossRollback() {
        return false;
    }

    @Override
    public boolean supportsOpenStatementsAcrossCommit() {
        return true;
    }

    @Override
    public boolean supportsOpenStatementsAcrossRollback() {
        return true;
    }

    // ---- limits: 0 means none known -------------------------------------------------------------------

    @Override
    public int getMaxBinaryLiteralLength() {
        return 0;
    }

    @Override
    public int getMaxCharLiteralLength() {
        return 0;
    }

    @Override
    public int getMaxColumnNameLength() {
        return 0;
    }

    @Override
    public int getMaxColumnsInGroupBy() {
        return 0;
    }

    @Override
    public int getMaxColumnsInIndex() {
        return 1; // the primary key
    }

    @Override
    public int getMaxColumnsInOrderBy() {
        return 0;
    }

    @Override
    public int getMaxColumnsInSelect() {
        return 0;
    }

    @Override
    public int getMaxColumnsInTable() {
        return 0;
    }

    @Override
    public int getMaxConnections() {
        return 0;
    }

    @Override
    public int getMaxCursorNameLength() {
        return 0;
    }

    @Override
    public int getMaxIndexLength() {
        return 0;
    }

    @Override
    public int getMaxSchemaNameLength() {
        return 0;
    }

    @Override
    public int getMaxProcedureNameLength() {
        return 0;
    }

    @Override
    public int getMaxCatalogNameLength() {
        return 0;
    }

    @Override
    public int getMaxRowSize() {
        return 0;
    }

    @Override
    public boolean doesMaxRowSizeIncludeBlobs() {
        return false;
    }

    @Override
    public int getMaxStatementLength() {
        return 0;
    }

    @Override
    public int getMaxStatements() {
        return 0;
    }

    @Override
    public int getMaxTableNameLength() {
        return 0;
    }

    @Override
    public int getMaxTablesInSelect() {
        return 0;
    }

    @Override
    public int getMaxUserNameLength() {
        return 0;
    }

    // ---- transactions: snapshot reads, one writer at a time; DDL and DML mix in one transaction ------

    @Override
    public int getDefaultTransactionIsolation() {
        return Connection.TRANSACTION_SERIALIZABLE;
    }

    @Override
    public boolean supportsTransactions() {
        return true;
    }

    @Override
    public boolean supportsTransactionIsolationLevel(int level) {
        return level == Connection.TRANSACTION_SERIALIZABLE;
    }

    @Override
    public boolean supportsDataDefinitionAndDataManipulationTransactions() {
        return true;
    }

    @Override
    public boolean supportsDataManipulationTransactionsOnly() {
        return false;
    }

    @Override
    public boolean dataDefinitionCausesTransactionCommit() {
        return false;
    }

    @Override
    public boolean dataDefinitionIgnoredInTransactions() {
        return false;
    }

    @Override
    public boolean supportsSavepoints() {
        return false;
    }

    @Override
    public boolean autoCommitFailureClosesAllResultSets() {
        return false;
    }

    // ---- result sets and statements ----------------------------------------------------------------

    @Override
    public boolean supportsResultSetType(int type) {
        return type == ResultSet.TYPE_FORWARD_ONLY;
    }

    @Override
    public boolean supportsResultSetConcurrency(int type, int concurrency) {
        return type == ResultSet.TYPE_FORWARD_ONLY && concurrency == ResultSet.CONCUR_READ_ONLY;
    }

    @Override
    public boolean ownUpdatesAreVisible(int type) {
        return false;
    }

    @Override
    public boolean ownDeletesAreVisible(int type) {
        return false;
    }

    @Override
    public boolean ownInsertsAreVisible(int type) {
        return false;
    }

    @Override
    public boolean othersUpdatesAreVisible(int type) {
        return false;
    }

    @Override
    public boolean othersDeletesAreVisible(int type) {
        return false;
    }

    @Override
    public boolean othersInsertsAreVisible(int type) {
        return false;
    }

    @Override
    public boolean updatesAreDetected(int type) {
        return false;
    }

    @Override
    public boolean deletesAreDetected(int type) {
        return false;
    }

    @Override
    public boolean insertsAreDetected(int type) {
        return false;
    }

    /** Spring uses batches only when this is true. */
    @Override
    public boolean supportsBatchUpdates() {
        return true;
    }

    @Override
    public boolean supportsNamedParameters() {
        return false;
    }

    @Override
    public boolean supportsMultipleOpenResults() {
        return false;
    }

    @Override
    public boolean supportsGetGeneratedKeys() {
        return false;
    }

    @Override
    public boolean supportsResultSetHoldability(int holdability) {
        return holdability == ResultSet.CLOSE_CURSORS_AT_COMMIT || holdability == ResultSet.HOLD_CURSORS_OVER_COMMIT;
    }

    @Override
    public int getResultSetHoldability() {
        return ResultSet.CLOSE_CURSORS_AT_COMMIT;
    }

    @Override
    public int getSQLStateType() {
        return sqlStateSQL;
    }

    @Override
    public boolean locatorsUpdateCopy() {
        return false;
    }

    @Override
    public boolean supportsStatementPooling() {
        return false;
    }

    @Override
    public RowIdLifetime getRowIdLifetime() {
        return RowIdLifetime.ROWID_UNSUPPORTED;
    }

    @Override
    public boolean supportsStoredFunctionsUsingCallSyntax() {
        return false;
    }

    @Override
    public boolean generatedKeyAlwaysReturned() {
        return false;
    }

    @Override
    public boolean supportsSharding() {
        return false;
    }
}
