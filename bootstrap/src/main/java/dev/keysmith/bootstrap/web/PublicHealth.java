package dev.keysmith.bootstrap.web;

import io.quarkus.smallrye.health.runtime.SmallRyeHealthHandler;
import io.quarkus.smallrye.health.runtime.SmallRyeLivenessHandler;
import io.quarkus.smallrye.health.runtime.SmallRyeReadinessHandler;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Health on the public port too (SPEC §2: {@code /q/health} there, health and metrics also on the management port).
 * With the management interface enabled Quarkus serves health only there, so the same handlers Quarkus uses are
 * mounted here as well: one answer, two ports, and the load balancer and the kubelet may each use their own.
 */
@ApplicationScoped
public class PublicHealth {

    void install(@Observes Router router) {
        router.get("/q/health").handler(new SmallRyeHealthHandler());
        router.get("/q/health/live").handler(new SmallRyeLivenessHandler());
        router.get("/q/health/ready").handler(new SmallRyeReadinessHandler());
    }
}
