package dev.keysmith.adapters.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Instants and dates as the console shows them: UTC, to the minute. */
final class Moments {

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private Moments() {}

    static String of(Instant instant) {
        return instant == null ? null : MINUTE.format(instant);
    }

    static String day(Instant instant) {
        return instant == null ? null : DAY.format(instant);
    }

    static String day(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
