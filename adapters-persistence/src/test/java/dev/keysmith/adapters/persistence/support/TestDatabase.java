package dev.keysmith.adapters.persistence.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The test database as the service's role and as the schema's owner reach it, built in {@link TestWiring}. */
public record TestDatabase(String url, String username, String password, String ownerName, String ownerPassword) {

    /** A connection of the service's own role, outside the pool. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    /** A connection of the schema's owner, the role the migrations run as. */
    public Connection connectAsOwner() throws SQLException {
        return DriverManager.getConnection(url, ownerName, ownerPassword);
    }

    @Override
    public String toString() {
        return "TestDatabase[" + url + "]";
    }
}
