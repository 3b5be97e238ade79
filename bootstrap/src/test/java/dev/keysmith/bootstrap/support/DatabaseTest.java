package dev.keysmith.bootstrap.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the per-run PostgreSQL for every {@code @QuarkusTest} of this module. */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public final class DatabaseTest {

    private DatabaseTest() {}
}
