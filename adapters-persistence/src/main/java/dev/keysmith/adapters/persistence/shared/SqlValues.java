package dev.keysmith.adapters.persistence.shared;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants to and from PostgreSQL without the JVM's time zone in between: parameters as UTC offsets, array
 * elements as ISO-8601 text cast to {@code timestamptz} in the SQL, results read as offsets.
 */
public final class SqlValues {

    private SqlValues() {}

    public static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** For {@code ?::text[]::timestamptz[]}; null stays null. */
    public static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
