package dev.keysmith.adapters.persistence.health;

import dev.keysmith.adapters.persistence.verify.BoundedQueries;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness tells the truth about the database: DOWN when it does not answer {@code SELECT 1} within the
 * verification's database timeout (unreachable, refusing or hung), and the probe itself never waits longer.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private final BoundedQueries database;

    DatabaseReadiness(BoundedQueries database) {
        this.database = database;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database")
                .status(database.reachable())
                .build();
    }
}
