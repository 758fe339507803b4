package io.kuzujvm.shell;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A JDBC connection stand-in for shell tests: every statement returns one row with one
 * STRING column {@code statement} holding the statement text, except statements starting
 * with {@code FAIL}, which throw an SQLException, and {@code CREATE}, which return no rows.
 */
final class FakeConnection {

    final List<String> executed = new ArrayList<>();

    Connection connection() {
        return proxy(Connection.class, (method, args) -> switch (method) {
            case "createStatement" -> statement();
            case "close" -> null;
            default -> throw new UnsupportedOperationException(method);
        });
    }

    private Statement statement() {
        String[] current = new String[1];
        return proxy(Statement.class, (method, args) -> switch (method) {
            case "execute" -> {
                String sql = (String) args[0];
                executed.add(sql);
                if (sql.startsWith("FAIL")) {
                    throw new SQLException("Parser exception: cannot parse " + sql);
                }
                current[0] = sql;
                yield !sql.startsWith("CREATE");
            }
            case "getResultSet" -> resultSet(current[0]);
            case "getUpdateCount" -> 0;
            case "close" -> null;
            default -> throw new UnsupportedOperationException(method);
        });
    }

    private static ResultSet resultSet(String value) {
        int[] position = {0};
        ResultSetMetaData meta = proxy(ResultSetMetaData.class, (method, args) -> switch (method) {
            case "getColumnCount" -> 1;
            case "getColumnLabel", "getColumnName" -> "statement";
            case "getColumnTypeName" -> "STRING";
            default -> throw new UnsupportedOperationException(method);
        });
        return proxy(ResultSet.class, (method, args) -> switch (method) {
            case "getMetaData" -> meta;
            case "next" -> ++position[0] == 1;
            case "getString" -> value;
            case "close" -> null;
            default -> throw new UnsupportedOperationException(method);
        });
    }

    private interface Handler {
        Object handle(String method, Object[] args) throws Exception;
    }

    private static <T> T proxy(Class<T> type, Handler handler) {
        return type.cast(Proxy.newProxyInstance(FakeConnection.class.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> handler.handle(method.getName(), args)));
    }
}
