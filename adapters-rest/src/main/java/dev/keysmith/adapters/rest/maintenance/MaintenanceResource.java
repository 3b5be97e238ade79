package dev.keysmith.adapters.rest.maintenance;

import dev.keysmith.adapters.rest.security.CallerFactory;
import dev.keysmith.adapters.rest.security.Roles;
import dev.keysmith.application.port.in.expiry.RunExpirySweepUseCase;
import dev.keysmith.application.port.in.expiry.RunExpirySweepUseCase.RunSweepCommand;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Operators' maintenance jobs. {@code POST /v1/maintenance/expiry-sweep} runs the inactivity sweep now and
 * answers 200 with its counts when it is done; when another instance is sweeping it answers 200 at once with
 * {@code skipped: true}, since that sweep does the same work.
 */
@Path("/v1/maintenance")
@Produces(MediaType.APPLICATION_JSON)
public class MaintenanceResource {

    private final RunExpirySweepUseCase sweeps;
    private final CallerFactory callers;

    MaintenanceResource(RunExpirySweepUseCase sweeps, CallerFactory callers) {
        this.sweeps = sweeps;
        this.callers = callers;
    }

    @POST
    @Path("/expiry-sweep")
    @RolesAllowed(Roles.OPERATOR)
    public SweepResponse sweep() {
        return SweepResponse.from(sweeps.sweep(new RunSweepCommand(callers.current())));
    }
}
