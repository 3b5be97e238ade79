package dev.keysmith.adapters.persistence.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the per-run PostgreSQL for every {@code @QuarkusTest} of this module. */
@QuarkusTestResource(PostgresResource.class)
public final class DatabaseTest {

    private DatabaseTest() {}
}
