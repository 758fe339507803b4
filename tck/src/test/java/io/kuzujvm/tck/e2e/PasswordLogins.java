package io.kuzujvm.tck.e2e;

import io.kuzujvm.tck.postgres.PostgresServer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes one role of an embedded server log in with a password. The embedded server
 * trusts every login, so this prepends scram rules for the role to pg_hba.conf
 * (written by the server itself through a large object) and reloads the configuration.
 */
final class PasswordLogins {

    private PasswordLogins() {
    }

    static boolean require(PostgresServer server, String role, String password) throws SQLException {
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP ROLE IF EXISTS " + role);
            try (PreparedStatement create = c.prepareStatement(
                    "SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', ?::text, ?::text)")) {
                create.setString(1, role);
                create.setString(2, password);
                try (ResultSet rs = create.executeQuery()) {
                    rs.next();
                    s.execute(rs.getString(1));
                }
            }
            String rules = "host all " + role + " 127.0.0.1/32 scram-sha-256\n"
                    + "host all " + role + " ::1/128 scram-sha-256\n";
            long largeObject;
            try (PreparedStatement write = c.prepareStatement(
                    "SELECT lo_from_bytea(0, convert_to(? || pg_read_file(current_setting('hba_file')), 'UTF8'))")) {
                write.setString(1, rules);
                try (ResultSet rs = write.executeQuery()) {
                    rs.next();
                    largeObject = rs.getLong(1);
                }
            }
            // A separate statement: the new large object is not visible to the one that made it.
            s.execute("SELECT lo_export(" + largeObject + ", current_setting('hba_file'))");
            s.execute("SELECT lo_unlink(" + largeObject + ")");
            s.execute("SELECT pg_reload_conf()");
            return true;
        }
    }
}
