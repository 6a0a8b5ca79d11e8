package io.handoff.launcher.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.postgresql.Driver;

/** Talks SQL to the local server: can we connect, and creating the services' databases when they are missing. */
public final class PostgresDatabases {

    private PostgresDatabases() {
    }

    public static boolean canConnect(PlatformConfig config) {
        try (Connection connection = connect(config, "postgres");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT 1")) {
            return result.next();
        } catch (SQLException e) {
            return false;
        }
    }

    /** Creates each database that does not exist yet; returns the ones it created. */
    public static List<String> ensure(PlatformConfig config, List<String> names) {
        List<String> created = new ArrayList<>();
        try (Connection connection = connect(config, "postgres");
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            for (String name : names) {
                exists.setString(1, name);
                try (ResultSet result = exists.executeQuery()) {
                    if (result.next()) {
                        continue;
                    }
                }
                try (Statement create = connection.createStatement()) {
                    // Names come from our own service list, never from user input; quoting keeps them literal.
                    create.execute("CREATE DATABASE \"" + name + "\"");
                }
                created.add(name);
            }
        } catch (SQLException e) {
            throw new PlatformException("cannot create the databases " + names + ": " + e.getMessage(), e);
        }
        return created;
    }

    private static Connection connect(PlatformConfig config, String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", PlatformConfig.DATABASE_USER);
        properties.setProperty("password", PlatformConfig.DATABASE_PASSWORD);
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("loginTimeout", "3");
        properties.setProperty("socketTimeout", "30");
        Connection connection = new Driver().connect(config.jdbcUrl(database), properties);
        if (connection == null) {
            throw new SQLException("the PostgreSQL driver does not accept " + config.jdbcUrl(database));
        }
        return connection;
    }
}
